import ArgumentParser
import Foundation
import ZoomSandbox
import ZoomShell

/// `zoomsh sandbox serve`: the offline Zoom emulator as a server for other clients.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox", abstract: "The offline Zoom emulator.", subcommands: [Serve.self])

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the sandbox on 127.0.0.1 until interrupted, printing its URL and credentials.")

        @Option(help: "The port (0 = any free port).")
        var port = 0

        @Option(help: "A JSON file to keep the sandbox's state in across restarts.")
        var state: String?

        @Option(help: "The rate-limit plan: free, pro or business.")
        var plan = "pro"

        @Flag(
            help: "No rate limits at all (no per-second limit, no daily limit of creates): for benchmarks of clients.")
        var noLimits = false

        func validate() throws {
            guard SandboxPlan(named: plan) != nil else {
                throw ValidationError("--plan '\(plan)' is not a plan; use free, pro or business")
            }
            if noLimits, plan.lowercased() != "pro" {
                throw ValidationError("--no-limits does not go with --plan \(plan): it lifts every limit")
            }
            guard (0...65535).contains(port) else {
                throw ValidationError("--port \(port) is not a port; use 0 (any free port) to 65535")
            }
        }

        func run() async throws {
            var configuration = SandboxConfiguration()
            configuration.port = port
            configuration.stateFile = state
            guard let chosen = SandboxPlan(named: plan) else {
                throw ValidationError("--plan '\(plan)' is not a plan; use free, pro or business")
            }
            configuration.plan = noLimits ? .unlimited : chosen
            if noLimits { configuration.dailyMeetingLimit = Int.max }
            let sandbox: Sandbox
            do {
                sandbox = try await Sandbox.start(configuration)
            } catch {
                FileDescriptorOutput().writeMessage("zoomsh sandbox: \(error)\n")
                throw ArgumentParser.ExitCode(4)
            }
            for warning in sandbox.warnings {
                FileDescriptorOutput().writeMessage("zoomsh sandbox: warning: \(warning)\n")
            }
            let credentials = sandbox.credentials
            FileHandle.standardOutput.write(
                Data(
                    """
                    zoomsh sandbox: an offline Zoom emulator (no real meetings) on \(sandbox.origin)
                      ZOOM_API_URL=\(sandbox.baseURL)
                      ZOOM_OAUTH_URL=\(sandbox.oauthURL)
                      ZOOM_ACCOUNT_ID=\(credentials.accountID)
                      ZOOM_CLIENT_ID=\(credentials.clientID)
                      ZOOM_CLIENT_SECRET=\(credentials.clientSecret)
                      ZOOM_API_KEY=\(credentials.apiKey)
                      ZOOM_API_SECRET=\(credentials.apiSecret)
                      plan \(configuration.plan.name)\(state.map { ", state in \($0)" } ?? ""); Ctrl-C stops it

                    """.utf8))
            try await SignalWait.untilInterrupted { try await sandbox.run() }
            await sandbox.stop()
        }
    }
}
