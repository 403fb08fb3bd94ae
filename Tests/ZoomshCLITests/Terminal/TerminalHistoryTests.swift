import Foundation
import TestSupport
import Testing

/// The REPL's history file on a real terminal: kept across sessions, private, and free of secrets.
@Suite("zoomsh on a terminal: history")
struct TerminalHistoryTests {
    private let prompt = ZoomshTerminal.plainPrompt
    private let secret = "Sup3r-s3cret-Value-9f2c"

    @Test func historySurvivesARestartAndHoldsNoSecret() throws {
        let home = try ScratchHome()
        defer { home.remove() }

        let first = try ZoomshTerminal.start(environment: home.directories)
        defer { first.close() }
        try first.expect(prompt, timeout: .seconds(20))
        try first.send("set topic Weekly sync\r")
        try first.expect(prompt)
        try first.send("version\r")
        try first.expect(ZoomshTerminal.versionLine)
        try first.expect(prompt)
        try first.send("auth s2s ACC CLIENT\r")
        try first.expect("Client secret: ")
        try first.waitForEchoOff()
        first.sendImmediately(secret + "\n")
        try first.expect("auth:")
        try first.expect(prompt)
        try first.send("auth\r")
        try first.expect("ACC")
        try first.expect(prompt)
        try first.send("\u{4}")
        #expect(try first.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
        #expect(!first.rawOutput.contains(secret), "the secret was echoed or printed: \(first.output)")
        #expect(!first.screen.text.contains(secret))

        let path = home.historyFile.path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = try #require(attributes[.posixPermissions] as? NSNumber).intValue & 0o777
        #expect(mode == 0o600, "the history file has mode \(String(mode, radix: 8))")
        let data = try #require(FileManager.default.contents(atPath: path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains(secret), "the history holds the secret: \(text)")
        // libedit's format: a cookie line, then one entry a line (spaces stay as they are).
        let entries = text.split(separator: "\n").map(String.init).filter { $0 != "_HiStOrY_V2_" }
        #expect(entries == ["set topic Weekly sync", "version", "auth s2s ACC CLIENT", "auth"], "\(text)")

        let second = try ZoomshTerminal.start(environment: home.directories)
        defer { second.close() }
        try second.expect(prompt, timeout: .seconds(20))
        try second.send("\u{1B}[A")  // Up
        try second.expectCurrentLine(prompt + "auth")
        try second.send("\u{1B}[A")
        try second.expectCurrentLine(prompt + "auth s2s ACC CLIENT")
        try second.send("\u{1B}[A")
        try second.expectCurrentLine(prompt + "version")
        try second.send("\r")
        try second.expect(ZoomshTerminal.versionLine)
        try second.expect(prompt)
        // The `history` command lists what the file held, and the recalled line.
        try second.send("history\r")
        try second.expect("set topic Weekly sync")
        try second.expect("auth s2s ACC CLIENT")
        try second.expect(prompt)
        try second.send("\u{4}")
        #expect(try second.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
        #expect(!second.rawOutput.contains(secret))
        let after = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(!after.contains(secret))
        #expect(after.hasSuffix("version\nhistory\n"), "the recalled line was recorded again: \(after)")
    }

    @Test func secretsTypedInTheWrongPlaceAreNotRecorded() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let zoomsh = try ZoomshTerminal.start(environment: home.directories)
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        for line in [
            "auth s2s acc cid mysecret1", "auth s2s acc cid --client-secret=mysecret2",
            "auth token abcdef0123456789secret3", "auth jwt key mysecret6", "auth token --env=mysecret7",
            "set passcode mysecret8",
        ] {
            try zoomsh.send(line + "\r")
            try zoomsh.expect(prompt)
        }
        try zoomsh.send("version\r")
        try zoomsh.expect(ZoomshTerminal.versionLine)
        try zoomsh.expect(prompt)
        try zoomsh.send("\u{4}")
        _ = try zoomsh.waitForExit(timeout: .seconds(20))
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: home.historyFile.path)), as: UTF8.self)
        #expect(text == "_HiStOrY_V2_\nversion\n", "\(text)")
        // The errors at the prompt name the stray argument without quoting it.
        for secret in ["mysecret1", "mysecret2", "secret3", "mysecret6"] {
            #expect(!zoomsh.screen.text.contains("'\(secret)"), "\(secret) quoted in: \(zoomsh.screen.text)")
        }
    }

    @Test func ctrlCAtTheSecretPromptGivesUpAndShowsNothing() throws {
        let zoomsh = try ZoomshTerminal.start()
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send("auth s2s ACC CLIENT\r")
        try zoomsh.expect("Client secret: ")
        try zoomsh.waitForEchoOff()
        zoomsh.sendImmediately("half-typed-secret")
        zoomsh.interrupt()
        try zoomsh.expect(prompt)
        try zoomsh.expectCurrentLine(prompt)
        #expect(zoomsh.isRunning)
        // Nothing changed, and the terminal echoes again.
        try zoomsh.send("auth\r")
        try zoomsh.expectOnScreen(prompt + "auth")
        try zoomsh.expect("none")
        try zoomsh.expect(prompt)
        try zoomsh.send("\u{4}")
        _ = try zoomsh.waitForExit(timeout: .seconds(20))
        #expect(!zoomsh.rawOutput.contains("half-typed"), "\(zoomsh.output)")
        let history = zoomsh.home.appendingPathComponent(".local/state/zoomsh/history")
        let text = String(decoding: FileManager.default.contents(atPath: history.path) ?? Data(), as: UTF8.self)
        #expect(!text.contains("half-typed"), "\(text)")
    }
}
