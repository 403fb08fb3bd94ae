import Foundation
import Synchronization
import TestSupport
import Testing
import ZoomKit
import ZoomModels

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Server-to-Server OAuth tokens")
struct ServerToServerTokenProviderTests {
    @Test("the token request has Basic auth, a form body and the account ID")
    func tokenRequestShape() async throws {
        let issuer = TokenIssuer(apiURL: "https://api-eu.zoom.us")
        let transport = InMemoryTransport { _ in issuer.respond() }
        let clock = TestClock()
        let token = try await makeS2SProvider(transport: transport, clock: clock).token()

        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == testOAuthURL)
        let basic = Data("client-1:very-secret-value".utf8).base64EncodedString()
        #expect(request.headers["Authorization"] == "Basic \(basic)")
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(
            String(decoding: request.body ?? Data(), as: UTF8.self)
                == "grant_type=account_credentials&account_id=acct-1")
        #expect(token.value == "tok-1")
        #expect(token.expiresAt == clock.now.addingTimeInterval(3600))
        #expect(token.scope == "meeting:read:admin meeting:write:admin")
        #expect(token.apiURL == "https://api-eu.zoom.us")
    }

    @Test("ten calls reuse one token")
    func reuse() async throws {
        let issuer = TokenIssuer()
        let provider = makeS2SProvider(transport: InMemoryTransport { _ in issuer.respond() })
        for _ in 0..<10 { #expect(try await provider.token().value == "tok-1") }
        #expect(issuer.issued == 1)
    }

    @Test("twenty concurrent callers share one refresh")
    func singleFlight() async throws {
        let issuer = TokenIssuer()
        let transport = InMemoryTransport { _ in
            try await Task.sleep(for: .milliseconds(20))
            return issuer.respond()
        }
        let provider = makeS2SProvider(transport: transport)
        let values = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { try await provider.token().value } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values.count == 20)
        #expect(Set(values) == ["tok-1"])
        #expect(issuer.issued == 1)
    }

    @Test("cancelling the only caller cancels the token request (Ctrl-C during the first command)")
    func cancellingTheOnlyWaiterCancelsTheFetch() async throws {
        let issuer = TokenIssuer()
        let first = FirstCall()
        let transport = InMemoryTransport { _ in
            // The first token request hangs; later ones are answered.
            if first.take() { try await Task.sleep(for: .seconds(600)) }
            return issuer.respond()
        }
        let provider = makeS2SProvider(transport: transport)
        let caller = Task { try await provider.token() }
        while transport.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        caller.cancel()
        await #expect(throws: (any Error).self) { try await caller.value }
        #expect(issuer.issued == 0, "the fetch was cancelled, not answered")
        // The next caller starts a fresh fetch instead of joining the cancelled one.
        #expect(try await provider.token().value == "tok-1")
        #expect(transport.requests.count == 2)
    }

    @Test("a token is renewed 60 s before it expires, not earlier")
    func refreshMargin() async throws {
        let issuer = TokenIssuer(expiresIn: 3600)
        let clock = TestClock()
        let provider = makeS2SProvider(transport: InMemoryTransport { _ in issuer.respond() }, clock: clock)
        #expect(try await provider.token().value == "tok-1")
        clock.advance(3539)
        #expect(try await provider.token().value == "tok-1")
        clock.advance(1)
        #expect(try await provider.token().value == "tok-2")
        #expect(issuer.issued == 2)
    }

    @Test("invalidate drops the token so the next call fetches a new one")
    func invalidate() async throws {
        let issuer = TokenIssuer()
        let provider = makeS2SProvider(transport: InMemoryTransport { _ in issuer.respond() })
        let first = try await provider.token()
        await provider.invalidate(AccessToken(value: "some-other-token"))
        #expect(try await provider.token() == first)
        await provider.invalidate(first)
        #expect(try await provider.token().value == "tok-2")
    }

    @Test("the disk cache is shared by two providers and has mode 0600 in a 0700 directory")
    func diskCache() async throws {
        let directory = try TemporaryDirectory(prefix: "zoomkit-tests")
        defer { directory.remove() }
        let root = directory.path
        let location = TokenCacheLocation(directory: root + "/zoomsh", profile: "work")
        let issuer = TokenIssuer()
        let transport = InMemoryTransport { _ in issuer.respond() }

        let first = makeS2SProvider(transport: transport, cache: location)
        #expect(try await first.token().value == "tok-1")
        let second = makeS2SProvider(transport: transport, cache: location)
        #expect(try await second.token().value == "tok-1")
        #expect(issuer.issued == 1)

        let path = try #require(first.cacheFilePath)
        #expect(path.hasPrefix(root + "/zoomsh/s2s-work-"))
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(stat(root + "/zoomsh", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/zoomsh")
        #expect(leftovers.count == 1, "no temporary files are left behind: \(leftovers)")

        // Another profile, account or OAuth URL does not see the token.
        let other = makeS2SProvider(
            transport: transport, cache: TokenCacheLocation(directory: root + "/zoomsh", profile: "home"))
        #expect(try await other.token().value == "tok-2")
        let sandbox = makeS2SProvider(transport: transport, cache: location, oauthURL: "http://127.0.0.1:1/oauth/token")
        #expect(try await sandbox.token().value == "tok-3")
    }

    @Test("an expired disk entry is replaced and invalidate removes the file")
    func diskCacheExpiry() async throws {
        let directory = try TemporaryDirectory(prefix: "zoomkit-tests")
        defer { directory.remove() }
        let root = directory.path
        let location = TokenCacheLocation(directory: root, profile: "default")
        let issuer = TokenIssuer()
        let transport = InMemoryTransport { _ in issuer.respond() }
        let clock = TestClock()
        let first = makeS2SProvider(transport: transport, cache: location, clock: clock)
        let token = try await first.token()
        clock.advance(3600)
        let later = makeS2SProvider(transport: transport, cache: location, clock: clock)
        #expect(try await later.token().value == "tok-2")
        await later.invalidate(AccessToken(value: "tok-2"))
        #expect(!FileManager.default.fileExists(atPath: try #require(later.cacheFilePath)))
        _ = token
    }

    @Test("a corrupt or too widely readable cache file is ignored")
    func corruptCache() async throws {
        let directory = try TemporaryDirectory(prefix: "zoomkit-tests")
        defer { directory.remove() }
        let root = directory.path
        let location = TokenCacheLocation(directory: root, profile: "default")
        let issuer = TokenIssuer()
        let transport = InMemoryTransport { _ in issuer.respond() }
        let provider = makeS2SProvider(transport: transport, cache: location)
        let path = try #require(provider.cacheFilePath)

        try Data("{not json".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        #expect(try await provider.token().value == "tok-1")

        // A valid entry that others may read is not trusted.
        chmod(path, 0o644)
        let second = makeS2SProvider(transport: transport, cache: location)
        #expect(try await second.token().value == "tok-2")
    }

    @Test(
        "OAuth error answers name what to check",
        arguments: [
            (
                400, #"{"code":4702,"message":"Invalid client"}"#,
                "Zoom refused the client credentials (code 4702 Invalid client): "
                    + "check ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET"
            ),
            (
                401, #"{"reason":"Invalid client_id or client_secret","error":"invalid_client"}"#,
                "Zoom refused the client credentials (invalid_client: Invalid client_id or client_secret): "
                    + "check ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET"
            ),
            (
                400, #"{"code":4705,"message":"Grant type is not supported from token endpoint."}"#,
                "the app must be a Server-to-Server OAuth app"
            ),
            (400, #"{"reason":"Invalid account_id","error":"invalid_request"}"#, "check ZOOM_ACCOUNT_ID"),
            (404, "<html><body>Not Found</body></html>", "text/html \"<html><body>Not Found</body></html>\""),
            (503, "", "try again later"),
        ])
    func oauthErrors(status: Int, body: String, expected: String) async throws {
        let transport = InMemoryTransport { _ in
            HTTPResponseData(
                status: status,
                headers: [HTTPHeader("Content-Type", body.hasPrefix("<") ? "text/html" : "application/json")],
                body: Data(body.utf8))
        }
        let error = try await #require(throws: AuthError.self) {
            try await makeS2SProvider(transport: transport).token()
        }
        #expect(error.message.contains(expected), "\(error.message)")
        #expect(!error.message.contains("very-secret-value"))
        #expect(error.httpStatus == status)
    }

    @Test("a 4702 answer keeps its code and kind")
    func oauthErrorFields() async throws {
        let transport = InMemoryTransport { _ in .json(400, #"{"code":4702,"message":"Invalid client"}"#) }
        let error = try await #require(throws: AuthError.self) {
            try await makeS2SProvider(transport: transport).token()
        }
        #expect(error.kind == .credentialsRefused)
        #expect(error.zoomCode == 4702)
    }

    @Test("an unreachable token endpoint and a token-less answer are clear auth errors")
    func unreachableAndMalformed() async throws {
        let down = InMemoryTransport { _ in
            throw TransportError(kind: .connectFailed, message: "connection refused", mayHaveReachedServer: false)
        }
        let unreachable = try await #require(throws: AuthError.self) {
            try await makeS2SProvider(transport: down).token()
        }
        #expect(unreachable.kind == .unreachable)
        #expect(unreachable.message.contains("could not reach Zoom's OAuth server at \(testOAuthURL)"))

        let odd = InMemoryTransport { _ in .json(200, #"{"token_type":"bearer"}"#) }
        let malformed = try await #require(throws: AuthError.self) {
            try await makeS2SProvider(transport: odd).token()
        }
        #expect(malformed.kind == .badResponse)
        #expect(malformed.message.contains("no access_token"))
    }

    @Test("a failed refresh is not cached: the next call tries again")
    func failureNotCached() async throws {
        let failures = TokenIssuer()
        let transport = InMemoryTransport { _ in
            _ = failures.respond()
            return failures.issued == 1
                ? .json(500, #"{"code":500,"message":"boom"}"#) : .json(200, #"{"access_token":"ok"}"#)
        }
        let provider = makeS2SProvider(transport: transport)
        await #expect(throws: AuthError.self) { try await provider.token() }
        #expect(try await provider.token().value == "ok")
    }
}

/// True the first time `take()` is called, false after.
private final class FirstCall: Sendable {
    private let state = Mutex(true)

    func take() -> Bool {
        state.withLock { first in
            defer { first = false }
            return first
        }
    }
}
