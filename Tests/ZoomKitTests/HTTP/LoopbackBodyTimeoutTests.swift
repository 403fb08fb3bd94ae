import Foundation
import Testing
import ZoomKit

/// A server that sends the head and `{"id":` of a 200 answer, then nothing more.
private let stallInBody = LoopbackServer.Action.stallAfter(
    .json(200, #"{"id":"me","type":1}"#), bytes: 6)

/// The request timeout covers the whole response, body included: a server that stalls after
/// the head cannot make a call hang.
@Suite("Request timeout over the response body", .timeLimit(.minutes(1)))
struct LoopbackBodyTimeoutTests {
    @Test("the transport gives up on a body that stops arriving")
    func transportTimesOutInBody() async throws {
        let server = try LoopbackServer { _ in stallInBody }
        defer { server.stop() }
        let error = try await withTransport { transport in
            try await #require(throws: TransportError.self) {
                try await transport.send(
                    HTTPRequestData(method: "GET", url: server.baseURL + "/users/me"), timeout: .milliseconds(300))
            }
        }
        // No stopwatch (speed is for scripts/bench): the transport's own timeout error, not the
        // suite's time limit, is what proves the stalled body was given up on.
        #expect(error.kind == .timedOut, "\(error.kind): \(error.message)")
        #expect(error.mayHaveReachedServer)
        #expect(error.message == "no complete response from 127.0.0.1:\(server.port) within 300 ms")
    }

    @Test("a GET whose body stalls is retried as the policy says, then fails with a timeout")
    func getRetried() async throws {
        let server = try makeServer { _ in stallInBody }
        defer { server.stop() }
        let sleeper = SleepRecorder()
        let error = try await withTransport { transport in
            let client = makeLiveClient(server: server, transport: transport, sleeper: sleeper) {
                $0.requestTimeout = .milliseconds(300)
                $0.maxTransientRetries = 2
            }
            return try await #require(throws: TransportError.self) {
                try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
            }
        }
        #expect(error.kind == .timedOut, "\(error.kind): \(error.message)")
        #expect(error.message.hasSuffix("(gave up after 2 retries)"))
        #expect(apiRequests(server).count == 3)
        #expect(sleeper.recorded.count == 2)
    }

    @Test("a POST whose body stalls is not sent again: it may have taken effect")
    func postNotRetried() async throws {
        let server = try makeServer { _ in stallInBody }
        defer { server.stop() }
        let error = try await withTransport { transport in
            let client = makeLiveClient(server: server, transport: transport) { $0.requestTimeout = .milliseconds(300) }
            return try await #require(throws: TransportError.self) {
                try await client.send(
                    ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "Standup"]))
            }
        }
        #expect(error.kind == .timedOut, "\(error.kind): \(error.message)")
        #expect(error.mayHaveReachedServer)
        #expect(error.message.contains("not retried"))
        #expect(apiRequests(server).count == 1)
    }

    @Test("a body that arrives in time is read whole")
    func bodyInTime() async throws {
        let server = try makeServer { _ in .respond(.json(200, #"{"id":"me"}"#)) }
        defer { server.stop() }
        try await withTransport { transport in
            let client = makeLiveClient(server: server, transport: transport) { $0.requestTimeout = .seconds(5) }
            let response = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
            #expect(try response.json()?["id"] == "me")
        }
    }
}
