import Foundation
import Logging

/// How a sandbox runs: where it listens, whom it lets in, what it emulates and where it keeps
/// its state.
public struct SandboxConfiguration: Sendable {
    /// The only host the sandbox binds to.
    public static let loopbackHost = "127.0.0.1"

    /// The host to bind: must be `127.0.0.1` (anything else is refused at start).
    public var host: String
    /// The port; 0 picks a free (ephemeral) port, reported by `Sandbox.port`.
    public var port: Int
    /// The plan whose per-second rate limits apply (default Pro: 30 / 20 / 10).
    public var plan: SandboxPlan
    /// How long an OAuth access token lives (`expires_in`, default 3600 seconds).
    public var tokenLifetime: Duration
    /// The credentials the sandbox accepts.
    public var credentials: SandboxCredentials
    /// A JSON file that keeps the state across restarts (written after each change through a
    /// temporary file and a rename, mode 0600); nil keeps the state in memory only.
    public var stateFile: String?
    /// Faults to inject (none by default); `Sandbox.setFaults(_:)` changes them while running.
    public var faults: SandboxFaults
    /// Where the time comes from.
    public var clock: any SandboxClock
    /// The users of the account; the first is the one `me` stands for.
    public var users: [SandboxUser]
    /// Meeting create/update requests allowed per host user and UTC day (Zoom: 100).
    public var dailyMeetingLimit: Int
    /// How the sandbox waits for injected latency (tests may record instead of sleeping).
    public var sleep: @Sendable (Duration) async throws -> Void
    /// The server's logger; silent by default (the sandbox prints nothing itself).
    public var logger: Logger

    /// A configuration; every value has a default.
    public init(
        host: String = SandboxConfiguration.loopbackHost,
        port: Int = 0,
        plan: SandboxPlan = .pro,
        tokenLifetime: Duration = .seconds(3600),
        credentials: SandboxCredentials = .standard,
        stateFile: String? = nil,
        faults: SandboxFaults = .none,
        clock: any SandboxClock = SystemSandboxClock(),
        users: [SandboxUser] = SandboxUser.standard,
        dailyMeetingLimit: Int = 100,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        logger: Logger = Logger(label: "zoomsh.sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.host = host
        self.port = port
        self.plan = plan
        self.tokenLifetime = tokenLifetime
        self.credentials = credentials
        self.stateFile = stateFile
        self.faults = faults
        self.clock = clock
        self.users = users
        self.dailyMeetingLimit = dailyMeetingLimit
        self.sleep = sleep
        self.logger = logger
    }

    /// The token lifetime in whole seconds, as `expires_in` reports it.
    var tokenLifetimeSeconds: Int64 { tokenLifetime.components.seconds }

    /// Throws a `SandboxError` naming the first thing wrong with this configuration.
    func check() throws {
        guard host == Self.loopbackHost else {
            throw SandboxError(
                .hostNotAllowed,
                "the sandbox only listens on \(Self.loopbackHost), not on '\(host)': it is for local tests")
        }
        var problems: [String] = []
        if !(0...65535).contains(port) { problems.append("port \(port) is not between 0 and 65535") }
        if tokenLifetimeSeconds < 1 { problems.append("the token lifetime must be at least one second") }
        if dailyMeetingLimit < 1 { problems.append("the daily meeting limit must be at least 1") }
        if users.isEmpty { problems.append("there must be at least one user") }
        if Set(users.map(\.id)).count != users.count || Set(users.map { $0.email.lowercased() }).count != users.count {
            problems.append("user IDs and emails must be unique")
        }
        problems += credentials.problems() + faults.problems() + users.flatMap { $0.problems() }
        if let stateFile, stateFile.isEmpty { problems.append("the state file path is empty") }
        if let first = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more problem(s))" : ""
            throw SandboxError(.invalidConfiguration, "invalid sandbox configuration: \(first)\(more)")
        }
    }
}
