import Foundation

/// `zoomsh sandbox serve --port 0 [--state FILE]` running as a process, with the URLs and
/// credentials it printed.
final class SandboxServeProcess: Sendable {
    /// The process.
    let process: RunningBinary
    /// The `KEY=VALUE` lines it printed (ZOOM_API_URL, ZOOM_CLIENT_SECRET…).
    let printed: [String: String]

    private init(process: RunningBinary, printed: [String: String]) {
        self.process = process
        self.printed = printed
    }

    /// Starts the server and waits for its banner (the line that says how to stop it).
    static func start(_ runner: BinaryRunner, state: URL? = nil) async throws -> SandboxServeProcess {
        var arguments = ["sandbox", "serve", "--port", "0"]
        if let state { arguments += ["--state", state.path] }
        let process = try runner.start(arguments)
        let ready = await process.stdout.wait(until: .now + .seconds(60)) { $0.contains("stops it") }
        guard ready else {
            process.send(SIGKILL)
            throw ServeDidNotStart(run: await process.finish(timeout: .seconds(5)))
        }
        var printed: [String: String] = [:]
        for line in process.stdout.text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("ZOOM_"), let equals = trimmed.firstIndex(of: "=") else { continue }
            printed[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        return SandboxServeProcess(process: process, printed: printed)
    }

    /// The Server-to-Server OAuth environment a client needs: the URLs and the three credentials.
    var s2sEnvironment: [String: String] {
        printed.filter {
            ["ZOOM_API_URL", "ZOOM_OAUTH_URL", "ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"]
                .contains($0.key)
        }
    }

    /// The legacy JWT environment: the API URL, key and secret.
    var jwtEnvironment: [String: String] {
        printed.filter { ["ZOOM_API_URL", "ZOOM_API_KEY", "ZOOM_API_SECRET"].contains($0.key) }
    }

    /// Interrupts it (Ctrl-C) and waits for it to exit.
    func stop() async -> BinaryRun {
        process.send(SIGINT)
        return await process.finish(timeout: .seconds(30))
    }

    /// Runs `body` with a started server and stops it afterwards, whatever happens.
    static func with<T>(
        _ runner: BinaryRunner, state: URL? = nil, _ body: (SandboxServeProcess) async throws -> T
    ) async throws -> T {
        let serve = try await start(runner, state: state)
        do {
            let result = try await body(serve)
            if !serve.process.hasExited { _ = await serve.stop() }
            return result
        } catch {
            if !serve.process.hasExited { _ = await serve.stop() }
            throw error
        }
    }
}

/// The server never printed its banner.
struct ServeDidNotStart: Error, CustomStringConvertible {
    var run: BinaryRun
    var description: String { "zoomsh sandbox serve did not start:\n\(run)" }
}
