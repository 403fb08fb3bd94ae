import Foundation
import Synchronization
import ZoomKit
import ZoomModels

/// Whether `trace` is on, readable from the HTTP trace hook on any thread.
final class TraceSwitch: Sendable {
    private let state: Mutex<Bool>
    init(_ isOn: Bool) { state = Mutex(isOn) }
    var isOn: Bool {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}

/// The client the session talks to Zoom with, built when first needed and again after `auth`.
struct ZoomConnection: Sendable {
    var client: ZoomClient
    var provider: any TokenProvider
}

extension Shell {
    /// The client, built from the session's credentials on first use.
    func zoom() throws -> ZoomClient {
        if let connection { return connection.client }
        guard let credentials = state.account.credentials else {
            throw CommandError(
                .authentication,
                "no credentials: set ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (Server-to-Server OAuth), "
                    + "use 'auth s2s ACCOUNT_ID CLIENT_ID', a profile in config.toml, or try --sandbox")
        }
        let transport = transport
        let trace: HTTPTraceHook = { [output, traceSwitch] event in
            if traceSwitch.isOn { output.write(TraceText.render(event), to: .standardError) }
        }
        let cache = configuration.tokenCacheDirectory.map {
            TokenCacheLocation(directory: $0, profile: state.account.profileName ?? "default")
        }
        let provider = try credentials.makeTokenProvider(
            oauthURL: state.account.oauthURL, transport: transport, cache: cache, trace: trace)
        var clientConfiguration = ZoomClient.Configuration()
        clientConfiguration.trace = trace
        clientConfiguration.traceIsOn = { [traceSwitch] in traceSwitch.isOn }
        clientConfiguration.sleep = configuration.sleep
        let client = ZoomClient(
            baseURL: state.account.apiURL, tokenProvider: provider, transport: transport,
            configuration: clientConfiguration)
        connection = ZoomConnection(client: client, provider: provider)
        return client
    }

    /// How requests travel: the configured transport, else AsyncHTTPClient.
    var transport: any HTTPTransport { configuration.transport ?? AsyncHTTPClientTransport.shared }

    /// A client that can show requests without sending them, even with no credentials.
    func preparingClient() -> ZoomClient {
        if let client = try? zoom() { return client }
        return ZoomClient(
            baseURL: state.account.apiURL, tokenProvider: StaticTokenProvider(token: "$ZOOM_TOKEN"),
            transport: transport)
    }

    /// Sends a request, or prints it when dry-run is on (or `--dry-run` was given) and returns nil.
    func send(_ request: ZoomRequest, command: Command) async throws -> HTTPResponseData? {
        if state.modes.dryRun || command.hasOption(CommonOptions.dryRun) {
            state.seen.lastRequest = preparingClient().prepare(request)
            return nil
        }
        let client = try zoom()
        defer { state.seen.lastRequest = client.lastRequest }
        return try await client.send(request)
    }

    /// What a dry run prints: the method, URL, headers and body of the request.
    func dryRunResult(_ request: ZoomRequest) -> CommandResult {
        let prepared = preparingClient().prepare(request)
        var text = "dry-run: nothing was sent\n\(prepared.method) \(prepared.url)\n"
        for header in prepared.headers { text += "\(header.name): \(header.value)\n" }
        if let body = request.body { text += body.prettyText + "\n" }
        var value: JSONValue = ["dry_run": true, "method": .string(prepared.method), "url": .string(prepared.url)]
        if let body = request.body { value["body"] = body }
        return CommandResult(value: value, presentation: .text(text), setsLast: false)
    }
}
