import Foundation

extension PseudoTerminal {
    /// Waits until `condition` holds for the ``screen``; returns that screen. The failure shows the
    /// screen.
    @discardableResult
    public func waitForScreen(
        _ what: String, timeout: Duration = .seconds(15), until condition: (PTYScreen) -> Bool
    ) throws -> PTYScreen {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = self.screen
            if condition(screen) { return screen }
            guard ContinuousClock.now < deadline else {
                throw Failure(message: "timed out after \(timeout) waiting for \(what); screen", output: screen.text)
            }
            usleep(5_000)
        }
    }

    /// Waits until a line of the ``screen`` contains `text`; returns that line.
    @discardableResult
    public func expectOnScreen(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = self.screen
            if let line = screen.lines.first(where: { $0.contains(text) }) { return line }
            guard ContinuousClock.now < deadline else {
                throw Failure(
                    message: "timed out after \(timeout) waiting for \(text.debugDescription) on screen",
                    output: screen.text)
            }
            usleep(5_000)
        }
    }

    /// Waits until the line the cursor is on reads exactly `text` (trailing spaces ignored).
    @discardableResult
    public func expectCurrentLine(_ text: String, timeout: Duration = .seconds(15)) throws -> PTYScreen {
        let wanted = String(text.reversed().drop { $0 == " " }.reversed())
        return try waitForScreen("the line \(wanted.debugDescription) at the cursor", timeout: timeout) {
            $0.currentLine == wanted
        }
    }

    /// Presses Tab until the candidates are listed below the edited line (at most `times` presses),
    /// and returns the listed lines (those the program wrote between the edited line and the
    /// redrawn prompt).
    ///
    /// A press that only extends the word (to the candidates' common prefix) changes the edited
    /// line instead; the next press lists.
    public func listCompletions(prompt: String, times: Int = 2) throws -> [String] {
        let promptStart = String(prompt.reversed().drop { $0 == " " }.reversed())
        for _ in 0..<times {
            let edited = screen.currentLine
            let start = rawOutput.utf8.count
            try send("\t")
            var listing: [String]?
            try waitForScreen("Tab to list the candidates or extend \(edited.debugDescription)") { screen in
                // What Tab wrote, on a terminal of its own: the listing, then the redrawn prompt.
                var written = PTYScreen(columns: screen.columns, rows: 500)
                written.feed(String(decoding: Array(rawOutput.utf8).dropFirst(start), as: UTF8.self))
                if let redrawn = written.lines.lastIndex(where: { $0.hasPrefix(promptStart) }), redrawn > 0 {
                    listing = written.lines[..<redrawn].filter { !$0.isEmpty }
                    return true
                }
                return screen.currentLine.hasPrefix(edited) && screen.currentLine.count > edited.count
            }
            if let listing { return listing }
        }
        throw Failure(message: "\(times) Tabs listed nothing", output: screen.text)
    }
}
