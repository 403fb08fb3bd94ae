import Foundation
import Hummingbird
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A running offline emulator of Zoom's API on 127.0.0.1: Server-to-Server OAuth and legacy
/// JWT authentication, users, meetings (create, get, list, update, delete, status,
/// invitation), Zoom's errors and rate limits, and injectable faults.
///
/// ```swift
/// let sandbox = try await Sandbox.start(SandboxConfiguration())
/// // point a client at sandbox.baseURL / sandbox.oauthURL with sandbox.credentials
/// await sandbox.stop()
/// ```
public final class Sandbox: Sendable {
    /// The configuration it runs with.
    public let configuration: SandboxConfiguration
    /// The bound port (the ephemeral one when the configuration asked for port 0).
    public let port: Int
    /// Problems met on the way up that did not stop the start (meetings of the state file
    /// that could not be read and were left out), one line each; also logged as warnings.
    public let warnings: [String]
    let engine: SandboxEngine
    private let server: Task<Void, any Error>

    private init(
        configuration: SandboxConfiguration, port: Int, warnings: [String], engine: SandboxEngine,
        server: Task<Void, any Error>
    ) {
        self.configuration = configuration
        self.port = port
        self.warnings = warnings
        self.engine = engine
        self.server = server
    }

    /// `http://127.0.0.1:PORT`: what OAuth answers as `api_url`.
    public var origin: String { "http://\(SandboxConfiguration.loopbackHost):\(port)" }
    /// The API base URL, `http://127.0.0.1:PORT/v2`.
    public var baseURL: String { origin + "/v2" }
    /// The token endpoint, `http://127.0.0.1:PORT/oauth/token`.
    public var oauthURL: String { origin + "/oauth/token" }
    /// The credentials it accepts.
    public var credentials: SandboxCredentials { configuration.credentials }

    /// Checks the configuration, loads the state file (if any; meetings it cannot read are left
    /// out and named in `warnings`), binds 127.0.0.1 and starts serving. Throws a `SandboxError` when the configuration is refused, the state file is
    /// unusable or the port is in use.
    public static func start(_ configuration: SandboxConfiguration = SandboxConfiguration()) async throws -> Sandbox {
        try configuration.check()
        let stateFile = configuration.stateFile.map { StateFile(path: $0) }
        let loaded = try stateFile?.loadForStart(at: configuration.clock.now()) ?? (state: SandboxState(), warnings: [])
        let warnings = loaded.warnings
        for warning in warnings { configuration.logger.warning("\(warning)") }
        var state = loaded.state
        _ = state.prune(at: configuration.clock.now())
        try stateFile?.save(state)
        let tokens = await TokenAuthority.make(credentials: configuration.credentials)
        let engine = SandboxEngine(configuration: configuration, tokens: tokens, state: state, stateFile: stateFile)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            responder: SandboxResponder(engine: engine, sleep: configuration.sleep),
            configuration: ApplicationConfiguration(
                address: .hostname(SandboxConfiguration.loopbackHost, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: configuration.logger
        )
        let server = Task {
            defer { continuation.finish() }
            try await application.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            server.cancel()
            do {
                try await server.value
            } catch {
                throw startError(error, port: configuration.port)
            }
            throw SandboxError(
                .startFailed, "the sandbox server stopped before it listened on port \(configuration.port)")
        }
        await engine.setOrigin("http://\(SandboxConfiguration.loopbackHost):\(port)")
        return Sandbox(configuration: configuration, port: port, warnings: warnings, engine: engine, server: server)
    }

    /// Serves until the calling task is cancelled (or `stop()` is called), then stops.
    /// Prints nothing.
    public func run() async throws {
        do {
            try await withTaskCancellationHandler {
                try await server.value
            } onCancel: {
                server.cancel()
            }
        } catch is CancellationError {
            return
        }
    }

    /// Stops serving and closes the port. The state file, if any, is already up to date.
    public func stop() async {
        server.cancel()
        _ = await server.result
    }

    private static func startError(_ error: any Error, port: Int) -> SandboxError {
        if let error = error as? IOError, error.errnoCode == EADDRINUSE {
            return SandboxError(.portInUse, "port \(port) is in use: choose another port, or 0 for a free one")
        }
        if let error = error as? IOError, error.errnoCode == EACCES {
            return SandboxError(
                .portInUse, "port \(port) needs privileges: choose a port above 1023, or 0 for a free one")
        }
        return SandboxError(
            .startFailed, "the sandbox could not listen on \(SandboxConfiguration.loopbackHost):\(port): \(error)")
    }
}
