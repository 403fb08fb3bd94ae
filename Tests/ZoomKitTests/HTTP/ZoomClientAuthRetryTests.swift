import Foundation
import Synchronization
import Testing
import ZoomKit

@Suite("ZoomClient: tokens and 401")
struct ZoomClientAuthRetryTests {
    private static let invalidToken = #"{"code":124,"message":"Invalid access token."}"#

    @Test("ten API calls use one token request")
    func tokenReuse() async throws {
        let (client, transport) = makeClient { _ in .json(200, #"{"id":"me"}"#) }
        for _ in 0..<10 { _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me")) }
        #expect(transport.requests.filter(isTokenRequest).count == 1)
        #expect(transport.apiRequests.count == 10)
        #expect(transport.apiRequests.allSatisfy { bearer($0) == "tok-1" })
    }

    @Test("twenty concurrent API calls share one token request")
    func concurrentCalls() async throws {
        let issuer = TokenIssuer()
        let (client, transport) = makeClient(issuer: issuer) { _ in .json(200, "{}") }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask { _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me")) }
            }
            try await group.waitForAll()
        }
        #expect(issuer.issued == 1)
        #expect(transport.apiRequests.count == 20)
    }

    @Test("a 401 drops the token and retries once with a fresh one")
    func refreshOnce() async throws {
        let (client, transport) = makeClient { request in
            bearer(request) == "tok-1" ? .json(401, Self.invalidToken) : .json(201, #"{"id":1}"#)
        }
        let response = try await client.send(
            ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "x"]))
        #expect(response.status == 201)
        #expect(transport.apiRequests.map { bearer($0) } == ["tok-1", "tok-2"])
    }

    @Test("a second 401 is not retried again")
    func secondRefused() async throws {
        let (client, transport) = makeClient { _ in .json(401, Self.invalidToken) }
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.status == 401)
        #expect(error.code == 124)
        #expect(error.description.hasPrefix("Zoom 401 (code 124): Invalid access token. — Zoom refused a freshly"))
        #expect(transport.apiRequests.count == 2)
        #expect(transport.requests.filter(isTokenRequest).count == 2)
    }

    @Test("a missing scope is not a reason to refresh")
    func missingScope() async throws {
        let (client, transport) = makeClient { _ in
            .json(401, #"{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:admin]."}"#)
        }
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.note?.contains("lacks a scope") == true)
        #expect(transport.apiRequests.count == 1)
    }

    @Test("when the refresh fails, the error says so")
    func refreshFails() async throws {
        let calls = Mutex(0)
        let transport = InMemoryTransport { request in
            if isTokenRequest(request) {
                let number = calls.withLock { count in
                    count += 1
                    return count
                }
                return number == 1
                    ? .json(200, #"{"access_token":"tok-1","expires_in":3600}"#)
                    : .json(400, #"{"reason":"Invalid client_id or client_secret","error":"invalid_client"}"#)
            }
            return .json(401, Self.invalidToken)
        }
        let client = ZoomClient(
            baseURL: testAPIURL, tokenProvider: makeS2SProvider(transport: transport), transport: transport,
            configuration: .init(sleep: SleepRecorder().sleep))
        let error = try await #require(throws: AuthError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.kind == .refreshFailed)
        #expect(error.message.hasPrefix("token expired and refresh failed: Zoom refused the client credentials"))
    }

    @Test("a static token refused by Zoom gives a refresh error naming ZOOM_ACCESS_TOKEN")
    func staticRefused() async throws {
        let transport = InMemoryTransport { _ in .json(401, Self.invalidToken) }
        let client = ZoomClient(
            baseURL: testAPIURL, tokenProvider: StaticTokenProvider(token: "fixed"), transport: transport)
        let error = try await #require(throws: AuthError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.message.contains("token expired and refresh failed"))
        #expect(error.message.contains("ZOOM_ACCESS_TOKEN"))
        #expect(transport.requests.count == 1)
    }

    @Test("the token's api_url becomes the base URL unless one was set")
    func apiURLFromToken() async throws {
        let issuer = TokenIssuer(apiURL: "https://api-eu.zoom.us")
        let transport = InMemoryTransport { request in
            isTokenRequest(request) ? issuer.respond() : .json(200, "{}")
        }
        let provider = makeS2SProvider(transport: transport)
        let derived = ZoomClient(tokenProvider: provider, transport: transport)
        #expect(derived.baseURL == "https://api.zoom.us/v2")
        _ = try await derived.send(ZoomRequest(method: "GET", path: "/users/me"))
        #expect(transport.apiRequests.last?.url == "https://api-eu.zoom.us/v2/users/me")
        #expect(derived.baseURL == "https://api-eu.zoom.us/v2")

        let explicit = ZoomClient(baseURL: "http://127.0.0.1:9/v2/", tokenProvider: provider, transport: transport)
        _ = try await explicit.send(ZoomRequest(method: "GET", path: "/users/me"))
        #expect(transport.apiRequests.last?.url == "http://127.0.0.1:9/v2/users/me")
    }
}
