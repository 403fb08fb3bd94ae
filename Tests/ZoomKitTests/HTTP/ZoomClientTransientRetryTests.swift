import Foundation
import Synchronization
import Testing
import ZoomKit
import ZoomModels

private let serverError = { @Sendable () throws -> HTTPResponseData in .json(500, #"{"code":500,"message":"oops"}"#) }
private let reset = { @Sendable () throws -> HTTPResponseData in
    throw TransportError(kind: .connectionClosed, message: "reset", mayHaveReachedServer: true)
}
private let timeout = { @Sendable () throws -> HTTPResponseData in
    throw TransportError(kind: .timedOut, message: "timed out", mayHaveReachedServer: true)
}
private let refused = { @Sendable () throws -> HTTPResponseData in
    throw TransportError(kind: .connectFailed, message: "refused", mayHaveReachedServer: false)
}

private let createMeeting = ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "t"])

@Suite("ZoomClient: no duplicate writes, retries of idempotent calls")
struct ZoomClientTransientRetryTests {
    @Test("a POST is not retried after a 500")
    func postAfter500() async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(sleeper: sleeper, api: failing(1, with: serverError))
        let error = try await #require(throws: ZoomError.self) { try await client.send(createMeeting) }
        #expect(error.status == 500)
        #expect(error.note?.contains("not retried: the POST may have taken effect") == true)
        #expect(transport.apiRequests.count == 1)
        #expect(sleeper.recorded.isEmpty)
    }

    @Test("a POST is not retried after a reset or a timeout", arguments: [0, 1])
    func postAfterNetworkError(which: Int) async throws {
        let (client, transport) = makeClient(api: failing(1, with: which == 0 ? reset : timeout))
        let error = try await #require(throws: TransportError.self) { try await client.send(createMeeting) }
        #expect(error.mayHaveReachedServer)
        #expect(error.message.contains("the POST was not retried because it may have reached Zoom"))
        #expect(transport.apiRequests.count == 1)
    }

    @Test("a POST is retried after a connect failure")
    func postAfterConnectFailure() async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(sleeper: sleeper, api: failing(2, with: refused))
        let response = try await client.send(createMeeting)
        #expect(response.status == 200)
        #expect(transport.apiRequests.count == 3)
        // 0.5 s doubling, random() = 0.5 gives the middle of the ±25 % jitter.
        #expect(sleeper.recorded == [.milliseconds(500), .milliseconds(1000)])
    }

    @Test("GET, PUT, PATCH and DELETE are retried after a 500", arguments: ["GET", "PUT", "PATCH", "DELETE"])
    func idempotentAfter500(method: String) async throws {
        let (client, transport) = makeClient(api: failing(2, with: serverError))
        _ = try await client.send(ZoomRequest(method: method, path: "/meetings/1"))
        #expect(transport.apiRequests.count == 3)
    }

    @Test("a GET is retried after a reset and a timeout")
    func getAfterNetworkErrors() async throws {
        let count = Mutex(0)
        let (client, transport) = makeClient { _ in
            let number = count.withLock { value in
                value += 1
                return value
            }
            if number == 1 { _ = try reset() }
            if number == 2 { _ = try timeout() }
            return .json(200, "{}")
        }
        _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        #expect(transport.apiRequests.count == 3)
    }

    @Test("idempotent retries are bounded, with exponential backoff")
    func boundedBackoff() async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(sleeper: sleeper, api: failing(100, with: serverError))
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.note == "gave up after 3 retries")
        #expect(transport.apiRequests.count == 4)
        #expect(sleeper.recorded == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test("jitter stays within ±25 % and the cap holds", arguments: [0.0, 0.75])
    func jitter(random: Double) async throws {
        let sleeper = SleepRecorder()
        let (client, _) = makeClient(
            sleeper: sleeper,
            configure: {
                $0.random = { random }
                $0.maxRetryWait = .seconds(1)
            },
            api: failing(100, with: serverError))
        await #expect(throws: ZoomError.self) { try await client.send(ZoomRequest(method: "GET", path: "/a")) }
        // 0.5 s × (0.75 + 0.5 × random), doubling, capped at 1 s.
        let expected: [Duration] =
            random == 0
            ? [.milliseconds(375), .milliseconds(750), .seconds(1)]
            : [.microseconds(562_500), .seconds(1), .seconds(1)]
        #expect(sleeper.recorded == expected)
    }

    @Test("4xx answers other than 401 and 429 are not retried")
    func clientErrors() async throws {
        let (client, transport) = makeClient { _ in .json(404, #"{"code":3001,"message":"Meeting does not exist: 1."}"#)
        }
        await #expect(throws: ZoomError.self) { try await client.send(ZoomRequest(method: "GET", path: "/meetings/1")) }
        #expect(transport.apiRequests.count == 1)
    }

    @Test("cancelling the task stops the retries")
    func cancellation() async throws {
        let (client, transport) = makeClient(
            configure: { $0.sleep = { try await Task.sleep(for: $0 * 1000) } }, api: failing(100, with: serverError))
        let task = Task { try await client.send(ZoomRequest(method: "GET", path: "/users/me")) }
        while transport.apiRequests.isEmpty { await Task.yield() }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(transport.apiRequests.count == 1)
    }
}
