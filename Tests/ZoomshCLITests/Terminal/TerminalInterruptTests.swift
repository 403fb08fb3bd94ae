import Foundation
import Synchronization
import TestSupport
import Testing
import ZoomSandbox

/// Ctrl-C (a real SIGINT) in the REPL on a real terminal.
@Suite("zoomsh on a terminal: Ctrl-C")
struct TerminalInterruptTests {
    @Test func ctrlCDropsThePartialLineAndTheShellLives() throws {
        let prompt = ZoomshTerminal.sandboxPrompt
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send("set topic half")
        try zoomsh.expectCurrentLine(prompt + "set topic half")
        zoomsh.interrupt()
        try zoomsh.expect("^C")
        try zoomsh.expect(prompt)
        try zoomsh.expectCurrentLine(prompt)
        #expect(zoomsh.isRunning)
        try zoomsh.send("version\r")
        try zoomsh.expect(ZoomshTerminal.versionLine)
        try zoomsh.expect(prompt)
        // The dropped line never ran.
        try zoomsh.send("show\r")
        try zoomsh.expect("the draft is empty")
        try zoomsh.expect(prompt)
        try zoomsh.send("\u{4}")
        #expect(try zoomsh.waitForExit(timeout: .seconds(20)) == PTYProcess.Exit(status: 0, wasSignalled: false))
    }

    @Test(arguments: ["set topic one \\", "set topic \"one"])
    func ctrlCOnAContinuationLineDropsTheWholeCommand(firstLine: String) throws {
        let prompt = ZoomshTerminal.sandboxPrompt
        let continuation = String(repeating: " ", count: prompt.count - 5) + "...> "
        let zoomsh = try ZoomshTerminal.start(["--sandbox"])
        defer { zoomsh.close() }
        try zoomsh.expect(prompt, timeout: .seconds(20))
        try zoomsh.send(firstLine + "\r")
        try zoomsh.expectCurrentLine(continuation)
        try zoomsh.send("two")
        try zoomsh.expectCurrentLine(continuation + "two")
        zoomsh.interrupt()
        try zoomsh.expect("^C")
        // A fresh command starts: the main prompt, not a continuation of the dropped one.
        try zoomsh.expect(prompt)
        try zoomsh.expectCurrentLine(prompt)
        try zoomsh.send("show\r")
        try zoomsh.expect("the draft is empty")
        try zoomsh.expect(prompt)
        #expect(zoomsh.isRunning)
    }

    @Test func ctrlCCancelsASlowAPIRequest() async throws {
        try await withSlowSandbox { sandbox, latch, zoomsh in
            // The token first, promptly; then the API answers after 30 s.
            try await sandbox.setFaults(.none)
            try await zoomsh.offThePool { zoomsh in
                try zoomsh.send("whoami\r")
                try zoomsh.expect("@sandbox.example.com", timeout: .seconds(20))
                try zoomsh.expect(prompt)
            }
            try await sandbox.setFaults(SandboxFaults(latency: .seconds(30)))
            try await zoomsh.offThePool { try $0.send("whoami\r") }
            try await latch.waitForRequests(1)
            zoomsh.interrupt()
            // The request lasts 30 s: the prompt is back before that only if Ctrl-C cancelled it.
            try await zoomsh.offThePool { zoomsh in
                try zoomsh.expect("cancelled", timeout: .seconds(20))
                try zoomsh.expect(prompt)
            }
            try await expectAliveAtAnEmptyPrompt(zoomsh, sandbox: sandbox)
        }
    }

    @Test func ctrlCCancelsASlowTokenRequest() async throws {
        try await withSlowSandbox { sandbox, latch, zoomsh in
            // The first request of the session is the token's, and it lasts 30 s.
            try await zoomsh.offThePool { try $0.send("whoami\r") }
            try await latch.waitForRequests(1)
            zoomsh.interrupt()
            try await zoomsh.offThePool { [prompt] in try $0.expect(prompt, timeout: .seconds(15)) }
            try await expectAliveAtAnEmptyPrompt(zoomsh, sandbox: sandbox)
        }
    }

    private var prompt: String { ZoomshTerminal.plainPrompt }

    /// After a cancelled request: the shell lives at an empty prompt, `version` runs, a prompt
    /// answer comes through, and Ctrl-D leaves.
    private func expectAliveAtAnEmptyPrompt(_ zoomsh: PTYProcess, sandbox: Sandbox) async throws {
        #expect(zoomsh.isRunning)
        try await zoomsh.offThePool { [prompt] zoomsh in
            try zoomsh.expectCurrentLine(prompt)
            try zoomsh.send("version\r")
            try zoomsh.expect(ZoomshTerminal.versionLine)
            try zoomsh.expect(prompt)
        }
        try await sandbox.setFaults(.none)
        let exit = try await zoomsh.offThePool { [prompt] zoomsh in
            try zoomsh.send("whoami\r")
            try zoomsh.expect("@sandbox.example.com", timeout: .seconds(20))
            try zoomsh.expect(prompt)
            try zoomsh.send("\u{4}")
            return try zoomsh.waitForExit(timeout: .seconds(20))
        }
        #expect(exit == PTYProcess.Exit(status: 0, wasSignalled: false), "\(zoomsh.output)")
    }

    /// Runs `body` with a sandbox whose requests last 30 s (each one counted by the latch) and a
    /// zoomsh session pointed at it through the environment, at its first prompt; ends both after.
    private func withSlowSandbox(
        _ body: (Sandbox, RequestLatch, PTYProcess) async throws -> Void
    ) async throws {
        let latch = RequestLatch()
        var configuration = SandboxConfiguration()
        configuration.faults = SandboxFaults(latency: .seconds(30))
        configuration.sleep = { duration in try await latch.hold(for: duration) }
        try await SandboxFixture.with(configuration) { sandbox in
            // Before the sandbox stops: a request still held would hold the stop.
            defer { latch.release() }
            let credentials = sandbox.credentials
            let zoomsh = try ZoomshTerminal.start(environment: [
                "ZOOM_API_URL": sandbox.baseURL,
                "ZOOM_OAUTH_URL": sandbox.oauthURL,
                "ZOOM_ACCOUNT_ID": credentials.accountID,
                "ZOOM_CLIENT_ID": credentials.clientID,
                "ZOOM_CLIENT_SECRET": credentials.clientSecret,
            ])
            defer { zoomsh.close() }
            try await zoomsh.offThePool { try $0.expect(ZoomshTerminal.plainPrompt, timeout: .seconds(20)) }
            try await body(sandbox, latch, zoomsh)
        }
    }
}

/// The sandbox's injected latency, observed and ended by the test: a request waits until its
/// latency passed or ``release()`` was called.
private final class RequestLatch: Sendable {
    private let arrived = Atomic<Int>(0)
    private let released = Atomic<Bool>(false)

    /// The sandbox's `sleep`.
    func hold(for duration: Duration) async throws {
        arrived.add(1, ordering: .sequentiallyConsistent)
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline, !released.load(ordering: .sequentiallyConsistent) {
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Waits until `count` requests reached the sandbox's latency.
    func waitForRequests(_ count: Int, timeout: Duration = .seconds(20)) async throws {
        let deadline = ContinuousClock.now + timeout
        while arrived.load(ordering: .sequentiallyConsistent) < count {
            guard ContinuousClock.now < deadline else {
                throw PTYProcess.Failure(message: "no request reached the sandbox in \(timeout)", output: "")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Ends every wait.
    func release() { released.store(true, ordering: .sequentiallyConsistent) }
}
