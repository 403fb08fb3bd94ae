import Foundation
import ZoomKit

// Helpers for tests against a `LoopbackServer` over a real AsyncHTTPClient transport.

/// Runs `body` with a fresh AsyncHTTPClient transport and shuts it down afterwards.
func withTransport<T>(
    _ configuration: AsyncHTTPClientTransport.Configuration = .init(),
    _ body: (AsyncHTTPClientTransport) async throws -> T
) async throws -> T {
    let transport = AsyncHTTPClientTransport(configuration: configuration)
    let result: Result<T, any Error>
    do { result = .success(try await body(transport)) } catch { result = .failure(error) }
    try await transport.shutdown()
    return try result.get()
}

/// A loopback "Zoom": `/oauth/token` issues tokens; everything else goes to `api`.
func makeServer(
    issuer: TokenIssuer = TokenIssuer(), api: @escaping @Sendable (LoopbackServer.Request) -> LoopbackServer.Action
) throws -> LoopbackServer {
    try LoopbackServer { request in
        request.target.hasPrefix("/oauth/token") ? .respond(issuer.respond()) : api(request)
    }
}

/// A client of the loopback server's `/v2` with S2S tokens from its `/oauth/token`; retries
/// record their delays in `sleeper` instead of waiting.
func makeLiveClient(
    server: LoopbackServer, transport: any HTTPTransport, sleeper: SleepRecorder = SleepRecorder(),
    configure: (inout ZoomClient.Configuration) -> Void = { _ in }
) -> ZoomClient {
    var configuration = ZoomClient.Configuration(sleep: sleeper.sleep, random: { 0.5 })
    configure(&configuration)
    let provider = makeS2SProvider(transport: transport, oauthURL: server.baseURL + "/oauth/token")
    return ZoomClient(
        baseURL: server.baseURL + "/v2", tokenProvider: provider, transport: transport, configuration: configuration)
}

/// The requests the server received, token requests left out.
func apiRequests(_ server: LoopbackServer) -> [LoopbackServer.Request] {
    server.requests.filter { !$0.target.hasPrefix("/oauth/token") }
}
