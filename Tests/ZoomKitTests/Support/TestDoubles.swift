import Foundation
import Synchronization
import ZoomKit
import ZoomModels

/// Records the delays a client asks to sleep for, and returns at once.
final class SleepRecorder: Sendable {
    private let delays = Mutex<[Duration]>([])

    var recorded: [Duration] { delays.withLock { $0 } }

    var sleep: @Sendable (Duration) async throws -> Void {
        { [self] delay in delays.withLock { $0.append(delay) } }
    }
}

/// A clock that stands still until moved.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_790_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }
    var function: @Sendable () -> Date { { [self] in now } }

    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// Answers Zoom's token endpoint with `tok-1`, `tok-2`… and counts the requests.
final class TokenIssuer: Sendable {
    private let count = Mutex(0)
    let expiresIn: Int
    let apiURL: String?

    init(expiresIn: Int = 3600, apiURL: String? = nil) {
        self.expiresIn = expiresIn
        self.apiURL = apiURL
    }

    var issued: Int { count.withLock { $0 } }

    func respond() -> HTTPResponseData {
        let number = count.withLock { value in
            value += 1
            return value
        }
        var body = JSONObject([
            ("access_token", .string("tok-\(number)")), ("token_type", "bearer"),
            ("expires_in", .int(Int64(expiresIn))), ("scope", "meeting:read:admin meeting:write:admin"),
        ])
        if let apiURL { body["api_url"] = .string(apiURL) }
        return .json(200, .object(body))
    }
}

/// The test OAuth URL used with the in-memory transport.
let testOAuthURL = "https://zoom.test/oauth/token"
/// The test API base used with the in-memory transport.
let testAPIURL = "https://api.zoom.test/v2"

/// Whether a request goes to the token endpoint.
func isTokenRequest(_ request: HTTPRequestData) -> Bool { request.url.hasSuffix("/oauth/token") }

/// The bearer token of a request, if any.
func bearer(_ request: HTTPRequestData) -> String? {
    request.headers["Authorization"].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
}

/// An S2S provider against `transport` with the test credentials.
func makeS2SProvider(
    transport: any HTTPTransport, cache: TokenCacheLocation? = nil, clock: TestClock? = nil,
    oauthURL: String = testOAuthURL, trace: HTTPTraceHook? = nil
) -> ServerToServerTokenProvider {
    var now: @Sendable () -> Date = { Date() }
    if let clock { now = clock.function }
    return ServerToServerTokenProvider(
        accountID: "acct-1", clientID: "client-1", clientSecret: "very-secret-value", oauthURL: oauthURL,
        transport: transport, cache: cache, trace: trace, now: now)
}

/// A client with an S2S provider on an in-memory transport whose API answers come from `api`.
func makeClient(
    issuer: TokenIssuer = TokenIssuer(),
    sleeper: SleepRecorder = SleepRecorder(),
    clock: TestClock = TestClock(),
    configure: (inout ZoomClient.Configuration) -> Void = { _ in },
    api: @escaping @Sendable (HTTPRequestData) async throws -> HTTPResponseData
) -> (ZoomClient, InMemoryTransport) {
    let transport = InMemoryTransport { request in
        isTokenRequest(request) ? issuer.respond() : try await api(request)
    }
    var configuration = ZoomClient.Configuration(
        sleep: sleeper.sleep, random: { 0.5 }, now: clock.function)
    configure(&configuration)
    let client = ZoomClient(
        baseURL: testAPIURL, tokenProvider: makeS2SProvider(transport: transport, clock: clock),
        transport: transport, configuration: configuration)
    return (client, transport)
}

extension InMemoryTransport {
    /// The requests that were not token requests.
    var apiRequests: [HTTPRequestData] { requests.filter { !isTokenRequest($0) } }
}

/// Fails the first `times` API calls with `failure`, then answers 200.
func failing(_ times: Int, with failure: @escaping @Sendable () throws -> HTTPResponseData)
    -> @Sendable (HTTPRequestData) async throws -> HTTPResponseData
{
    let count = Mutex(0)
    return { _ in
        let number = count.withLock { value in
            value += 1
            return value
        }
        return number <= times ? try failure() : .json(200, #"{"ok":true}"#)
    }
}
