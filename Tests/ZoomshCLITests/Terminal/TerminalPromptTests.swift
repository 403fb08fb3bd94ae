import Foundation
import TestSupport
import Testing

/// The REPL on a real terminal: its prompt, a command's output, and leaving with Ctrl-D.
@Suite("zoomsh on a terminal: prompt and exit")
struct TerminalPromptTests {
    @Test func sandboxPromptAppearsAndCommandsPrint() throws {
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(ZoomshTerminal.sandboxPrompt, timeout: .seconds(20))
        try zoomsh.expectCurrentLine(ZoomshTerminal.sandboxPrompt)
        try zoomsh.send("version\r")
        try zoomsh.expect("version\n")  // the echo of the line
        try zoomsh.expect(ZoomshTerminal.versionLine)
        try zoomsh.expect(ZoomshTerminal.sandboxPrompt)
        // A command that talks to the (in-process) sandbox.
        try zoomsh.send("whoami\r")
        try zoomsh.expect("@sandbox.example.com", timeout: .seconds(20))
        try zoomsh.expect(ZoomshTerminal.sandboxPrompt)
        try zoomsh.send("\u{4}")
        #expect(try zoomsh.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
    }

    @Test func promptWithoutProfileOrSandbox() throws {
        let zoomsh = try ZoomshTerminal.start()
        defer { zoomsh.close() }
        try zoomsh.expect(ZoomshTerminal.plainPrompt, timeout: .seconds(20))
        try zoomsh.expectCurrentLine(ZoomshTerminal.plainPrompt)
        #expect(!zoomsh.output.contains("sandbox"), "\(zoomsh.output)")
    }

    @Test func ctrlDOnAnEmptyLineExitsWithZero() throws {
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(ZoomshTerminal.sandboxPrompt, timeout: .seconds(20))
        try zoomsh.send("\u{4}")
        #expect(try zoomsh.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
    }

    @Test func ctrlDAfterAFailedCommandStillExitsWithZero() throws {
        let zoomsh = try ZoomshTerminal.start()
        defer { zoomsh.close() }
        try zoomsh.expect(ZoomshTerminal.plainPrompt, timeout: .seconds(20))
        try zoomsh.send("get 1\r")  // no credentials: it fails
        try zoomsh.expect("error: ")
        try zoomsh.expect(ZoomshTerminal.plainPrompt)
        try zoomsh.send("\u{4}")
        #expect(try zoomsh.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
    }

    @Test func ctrlDOnAPartialLineDoesNotExit() throws {
        // Emacs bindings: Ctrl-D deletes the character under the cursor; only an empty line ends the session.
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(ZoomshTerminal.sandboxPrompt, timeout: .seconds(20))
        try zoomsh.send("versionx\u{2}\u{4}")  // Ctrl-B moves onto the x, Ctrl-D deletes it
        try zoomsh.expectCurrentLine(ZoomshTerminal.sandboxPrompt + "version")
        #expect(zoomsh.isRunning)
        try zoomsh.send("\r")
        try zoomsh.expect(ZoomshTerminal.versionLine)
        try zoomsh.expect(ZoomshTerminal.sandboxPrompt)
        try zoomsh.send("\u{4}")
        #expect(try zoomsh.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
    }
}
