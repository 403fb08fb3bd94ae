import Foundation
import Synchronization
import Testing
import ZoomKit
import ZoomModels

private let ok = LoopbackServer.Action.respond(
    .json(200, #"{"id":"me"}"#, headers: [HTTPHeader("x-zm-trackingid", "t-1")]))
private let createMeeting = ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "Standup"])

@Suite("Live loopback server over AsyncHTTPClient")
struct LoopbackTransportTests {
    @Test("tokens and API calls travel over HTTP with reused connections")
    func roundTrip() async throws {
        let issuer = TokenIssuer()
        let server = try makeServer(issuer: issuer) { _ in ok }
        defer { server.stop() }
        try await withTransport { transport in
            let client = makeLiveClient(server: server, transport: transport)
            for _ in 0..<10 {
                let response = try await client.send(
                    ZoomRequest(method: "GET", path: "/users/me", query: [QueryItem("a", "b c")]))
                #expect(try response.json()?["id"] == "me")
                #expect(response.trackingID == "t-1")
            }
            let created = try await client.send(createMeeting)
            #expect(created.status == 200)
        }
        #expect(issuer.issued == 1)
        let api = apiRequests(server)
        #expect(api.count == 11)
        #expect(api[0].target == "/v2/users/me?a=b%20c")
        #expect(api[0].headers["Authorization"] == "Bearer tok-1")
        #expect(api[0].headers["Accept"] == "application/json")
        #expect(api.last?.method == "POST")
        #expect(api.last?.headers["Content-Type"] == "application/json")
        #expect(api.last?.body == Data(#"{"topic":"Standup"}"#.utf8))
        let token = try #require(server.requests.first { $0.target == "/oauth/token" })
        #expect(String(decoding: token.body, as: UTF8.self) == "grant_type=account_credentials&account_id=acct-1")
        #expect(server.connectionCount <= 2, "keep-alive reuses connections (\(server.connectionCount) opened)")
    }

    @Test("401 → new token → one retry, live")
    func refresh() async throws {
        let server = try makeServer { request in
            request.headers["Authorization"] == "Bearer tok-1"
                ? .respond(.json(401, #"{"code":124,"message":"Invalid access token."}"#)) : ok
        }
        defer { server.stop() }
        try await withTransport { transport in
            _ = try await makeLiveClient(server: server, transport: transport).send(createMeeting)
        }
        #expect(apiRequests(server).map { $0.headers["Authorization"] } == ["Bearer tok-1", "Bearer tok-2"])
    }

    @Test("429 with Retry-After, then success, live")
    func rateLimited() async throws {
        let count = Mutex(0)
        let server = try makeServer { _ in
            let number = count.withLock { value in
                value += 1
                return value
            }
            return number == 1
                ? .respond(
                    .json(
                        429, #"{"code":429,"message":"Too many"}"#,
                        headers: [
                            HTTPHeader("Retry-After", "2"), HTTPHeader("X-RateLimit-Type", "QPS"),
                        ])) : ok
        }
        defer { server.stop() }
        let sleeper = SleepRecorder()
        try await withTransport { transport in
            _ = try await makeLiveClient(server: server, transport: transport, sleeper: sleeper).send(createMeeting)
        }
        #expect(sleeper.recorded == [.seconds(2)])
        #expect(apiRequests(server).count == 2)
    }

    @Test("a POST whose connection is reset after the request was read is not sent again")
    func postReset() async throws {
        let server = try makeServer { _ in .reset }
        defer { server.stop() }
        let error = try await withTransport { transport in
            try await #require(throws: TransportError.self) {
                try await makeLiveClient(server: server, transport: transport).send(createMeeting)
            }
        }
        #expect(error.mayHaveReachedServer)
        #expect(error.kind == .connectionClosed, "\(error.kind): \(error.message)")
        #expect(error.message.contains("not retried"))
        #expect(apiRequests(server).count == 1)
    }

    @Test("a GET whose connection is reset is retried")
    func getReset() async throws {
        let count = Mutex(0)
        let server = try makeServer { _ in
            let number = count.withLock { value in
                value += 1
                return value
            }
            return number == 1 ? .reset : ok
        }
        defer { server.stop() }
        try await withTransport { transport in
            _ = try await makeLiveClient(server: server, transport: transport).send(
                ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(apiRequests(server).count == 2)
    }

    @Test("a POST that times out is not sent again")
    func postTimeout() async throws {
        let server = try makeServer { _ in .stall }
        defer { server.stop() }
        let error = try await withTransport { transport in
            try await #require(throws: TransportError.self) {
                try await makeLiveClient(server: server, transport: transport) {
                    $0.requestTimeout = .milliseconds(300)
                }.send(createMeeting)
            }
        }
        #expect(error.kind == .timedOut)
        #expect(error.mayHaveReachedServer)
        #expect(apiRequests(server).count == 1)
    }

    @Test("a POST to a closed port is retried: nothing was sent")
    func connectFailure() async throws {
        let port = try LoopbackServer.unusedPort()
        let failures = Mutex(0)
        let error = try await withTransport { transport in
            let client = ZoomClient(
                baseURL: "http://127.0.0.1:\(port)/v2", tokenProvider: StaticTokenProvider(token: "t"),
                transport: transport,
                configuration: .init(
                    trace: { event in if case .failure = event { failures.withLock { $0 += 1 } } },
                    sleep: SleepRecorder().sleep))
            return try await #require(throws: TransportError.self) { try await client.send(createMeeting) }
        }
        #expect(error.kind == .connectFailed)
        #expect(!error.mayHaveReachedServer)
        #expect(error.message.hasPrefix("could not connect to 127.0.0.1:\(port): Connection refused"))
        #expect(failures.withLock { $0 } == 4)
    }

    @Test("an HTML error page from the server becomes a ZoomError quoting it")
    func htmlError() async throws {
        let server = try makeServer { _ in
            .respond(
                HTTPResponseData(
                    status: 502, headers: [HTTPHeader("Content-Type", "text/html")],
                    body: Data("<html><head><title>502 Bad Gateway</title></head></html>".utf8)))
        }
        defer { server.stop() }
        let error = try await withTransport { transport in
            try await #require(throws: ZoomError.self) {
                try await makeLiveClient(server: server, transport: transport).send(createMeeting)
            }
        }
        #expect(error.description.hasPrefix(#"Zoom 502: the answer is not JSON (text/html): "<html><head><title>502"#))
        #expect(apiRequests(server).count == 1)
    }

    @Test("cancelling the task cancels the request in flight")
    func cancellation() async throws {
        let server = try makeServer { _ in .stall }
        defer { server.stop() }
        try await withTransport { transport in
            let client = makeLiveClient(server: server, transport: transport)
            let task = Task { try await client.send(ZoomRequest(method: "GET", path: "/users/me")) }
            while apiRequests(server).isEmpty { try await Task.sleep(for: .milliseconds(5)) }
            task.cancel()
            await #expect(throws: CancellationError.self) { try await task.value }
        }
        #expect(apiRequests(server).count == 1)
    }

    @Test("the transport maps a read timeout and a close without answer")
    func transportMapping() async throws {
        let server = try LoopbackServer { request in request.target == "/stall" ? .stall : .close }
        defer { server.stop() }
        try await withTransport(.init(connectTimeout: .seconds(2))) { transport in
            let closed = try await #require(throws: TransportError.self) {
                try await transport.send(
                    HTTPRequestData(method: "GET", url: server.baseURL + "/close"), timeout: .seconds(5))
            }
            #expect(closed.mayHaveReachedServer)
            let stalled = try await #require(throws: TransportError.self) {
                try await transport.send(
                    HTTPRequestData(method: "GET", url: server.baseURL + "/stall"), timeout: .milliseconds(200))
            }
            #expect(stalled.kind == .timedOut)
            #expect(stalled.mayHaveReachedServer)
        }
    }
}
