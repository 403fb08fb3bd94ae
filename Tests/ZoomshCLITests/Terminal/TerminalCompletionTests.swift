import Foundation
import TestSupport
import Testing

/// Tab completion in the REPL on a real terminal.
@Suite("zoomsh on a terminal: Tab completion")
struct TerminalCompletionTests {
    private let prompt = ZoomshTerminal.sandboxPrompt

    @Test func tabCompletesACommandName() throws {
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send("cre")
        try zoomsh.expectCurrentLine(prompt + "cre")
        try zoomsh.send("\t")
        let screen = try zoomsh.expectCurrentLine(prompt + "create")
        #expect(screen.column == (prompt + "create ").count, "the cursor is after 'create ': \(screen.text)")
        try zoomsh.expect("create ")  // what the program echoed, escape sequences removed
        // The completed word runs as the command.
        try zoomsh.send("--dry-run\r")
        try zoomsh.expect("--dry-run\n")
        try zoomsh.expect("POST")
        try zoomsh.expect("/users/me/meetings")
        try zoomsh.expect(prompt)
    }

    @Test func tabListsTheSettingsKeysOfAPrefix() throws {
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send("set settings.au")
        try zoomsh.expectCurrentLine(prompt + "set settings.au")
        let listing = try zoomsh.listCompletions(prompt: prompt)
        let keys = listing.compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "…" }
        for key in ["settings.audio", "settings.audio_conference_info", "settings.auto_recording"] {
            #expect(keys.contains(key), "\(key) is listed: \(listing)")
        }
        #expect(keys.allSatisfy { $0.hasPrefix("settings.au") }, "only keys starting with settings.au: \(listing)")
        // The line is redrawn as it was, ready to type on.
        try zoomsh.expectCurrentLine(prompt + "set settings.au")
    }

    @Test func tabListsTheValuesOfAnEnumSetting() throws {
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send("set settings.audio ")
        try zoomsh.expectCurrentLine(prompt + "set settings.audio")
        let listing = try zoomsh.listCompletions(prompt: prompt)
        let values = listing.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(values) == ["both", "telephony", "voip", "thirdParty"], "\(listing)")
        try zoomsh.expectCurrentLine(prompt + "set settings.audio")
        // Completing a value that has a unique prefix.
        try zoomsh.send("te\t")
        try zoomsh.expectCurrentLine(prompt + "set settings.audio telephony")
        try zoomsh.send("\r")
        try zoomsh.expect(prompt)
        try zoomsh.send("show --json\r")
        try zoomsh.expect("\"telephony\"")
    }

    @Test func moreThanAHundredCandidatesAreAskedAboutThenListedWhole() throws {
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send("set tz ")
        try zoomsh.expectCurrentLine(prompt + "set tz")
        try zoomsh.send("\t")
        try zoomsh.expectOnScreen("possibilities? (y or n)")
        try zoomsh.send("n")
        try zoomsh.expectCurrentLine(prompt + "set tz")
        #expect(!zoomsh.screen.text.contains("Europe/Madrid"), "nothing listed after 'n'")
        try zoomsh.send("\t")
        try zoomsh.waitForScreen("the question asked again") {
            $0.text.components(separatedBy: "possibilities? (y or n)").count == 3
        }
        let start = zoomsh.rawOutput.utf8.count
        try zoomsh.send("y")
        try zoomsh.expectCurrentLine(prompt + "set tz")
        let listed = String(decoding: Array(zoomsh.rawOutput.utf8).dropFirst(start), as: UTF8.self)
        // The whole list, first to last, without "… and N more".
        for zone in ["Africa/Abidjan", "Europe/Madrid", "Pacific/Wallis"] {
            #expect(listed.contains(zone), "\(zone) is listed")
        }
        #expect(!listed.contains("more"), "nothing left out")
    }
}
