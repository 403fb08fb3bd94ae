import Foundation
import Synchronization
import Testing
import ZoomKit
import ZoomModels

/// Answers 429 `times` times (with `headers`), then 200.
private func throttled(
    _ times: Int, headers: [HTTPHeader], body: String = #"{"code":429,"message":"Too many requests"}"#
) -> @Sendable (HTTPRequestData) async throws -> HTTPResponseData {
    failing(times) { .json(429, body, headers: headers) }
}

@Suite("ZoomClient: rate limits")
struct ZoomClientRateLimitTests {
    @Test("Retry-After in seconds is honoured")
    func retryAfterSeconds() async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(
            sleeper: sleeper, api: throttled(1, headers: [HTTPHeader("Retry-After", "7")]))
        _ = try await client.send(ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "t"]))
        #expect(sleeper.recorded == [.seconds(7)])
        #expect(transport.apiRequests.count == 2)
    }

    @Test("Retry-After as an ISO-8601 date or an HTTP-date is honoured")
    func retryAfterDates() async throws {
        let clock = TestClock(ISO8601DateFormatter().date(from: "2026-12-01T00:00:00Z")!.addingTimeInterval(-30))
        for value in ["2026-12-01T00:00:00Z", "Tue, 01 Dec 2026 00:00:00 GMT"] {
            let sleeper = SleepRecorder()
            let (client, _) = makeClient(
                sleeper: sleeper, clock: clock, api: throttled(1, headers: [HTTPHeader("Retry-After", value)]))
            _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
            #expect(sleeper.recorded == [.seconds(30)], "\(value)")
        }
    }

    @Test("without Retry-After a per-second limit waits about a second, with jitter")
    func qps() async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(
            sleeper: sleeper,
            api: throttled(
                2, headers: [HTTPHeader("X-RateLimit-Type", "QPS"), HTTPHeader("X-RateLimit-Category", "Light")]))
        _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        // random() is 0.5 in tests: 1 s + 0.5 × 0.5 s.
        #expect(sleeper.recorded == [.milliseconds(1250), .milliseconds(1250)])
        #expect(transport.apiRequests.count == 3)
    }

    @Test("retries are bounded")
    func bounded() async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(sleeper: sleeper, api: throttled(100, headers: []))
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.status == 429)
        #expect(error.note?.contains("gave up after 3 retries") == true)
        #expect(transport.apiRequests.count == 4)
        #expect(sleeper.recorded.count == 3)
    }

    @Test("a wait longer than the cap fails with the time to retry")
    func beyondCap() async throws {
        let sleeper = SleepRecorder()
        let clock = TestClock()
        let (client, transport) = makeClient(
            sleeper: sleeper, clock: clock, api: throttled(1, headers: [HTTPHeader("Retry-After", "3600")]))
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.retryAfter == clock.now.addingTimeInterval(3600))
        #expect(error.note?.contains("Zoom asks to wait 1 h") == true)
        #expect(sleeper.recorded.isEmpty)
        #expect(transport.apiRequests.count == 1)
    }

    @Test("a daily limit is not retried and says when it resets")
    func daily() async throws {
        let clock = TestClock(ISO8601DateFormatter().date(from: "2026-12-01T21:00:00Z")!)
        for (headers, body) in [
            (
                [HTTPHeader("X-RateLimit-Type", "Daily-limit"), HTTPHeader("X-RateLimit-Category", "Heavy")],
                #"{"code":429,"message":"Too many requests"}"#
            ),
            (
                [],
                #"{"code":429,"message":"You have exceeded the daily rate limit (100) of Meeting Create/Update "#
                    + #"API requests permitted for this particular user. "#
                    + #"You may resume these requests at GMT 00:00:00."}"#
            ),
        ] {
            let sleeper = SleepRecorder()
            let (client, transport) = makeClient(
                sleeper: sleeper, clock: clock, api: throttled(1, headers: headers, body: body))
            let error = try await #require(throws: ZoomError.self) {
                try await client.send(ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "t"]))
            }
            #expect(error.isDailyLimit)
            #expect(error.retryAfter == ISO8601DateFormatter().date(from: "2026-12-02T00:00:00Z"))
            #expect(
                error.note == "daily limit reached, not retried; it resets at 00:00 UTC (2026-12-02T00:00:00Z, in 3 h)")
            #expect(sleeper.recorded.isEmpty)
            #expect(transport.apiRequests.count == 1)
        }
    }

    @Test("the rate-limit headers of the last response are kept")
    func lastRateLimit() async throws {
        let (client, _) = makeClient { _ in
            .json(
                200, "{}",
                headers: [
                    HTTPHeader("X-RateLimit-Category", "Light"), HTTPHeader("X-RateLimit-Type", "QPS"),
                    HTTPHeader("X-RateLimit-Limit", "30"), HTTPHeader("X-RateLimit-Remaining", "29"),
                ])
        }
        #expect(client.lastRateLimit == nil)
        _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        #expect(client.lastRateLimit == RateLimitInfo(category: "Light", type: "QPS", limit: 30, remaining: 29))
        #expect(client.lastRateLimit?.description == "Light, QPS, 29 of 30 remaining")
    }

    @Test(
        "Retry-After parsing",
        arguments: [
            ("10", 10.0), ("0", 0), ("2026-12-01T00:01:00Z", 60), ("2026-12-01T00:01:00.500Z", 60.5),
            ("Tue, 01 Dec 2026 00:02:00 GMT", 120), ("Tuesday, 01-Dec-26 00:02:00 GMT", 120),
        ])
    func parsing(value: String, seconds: Double) throws {
        let now = ISO8601DateFormatter().date(from: "2026-12-01T00:00:00Z")!
        let date = try #require(RetryAfter.date(from: value, now: now))
        #expect(abs(date.timeIntervalSince(now) - seconds) < 0.001)
        #expect(RetryAfter.date(from: "soon", now: now) == nil)
    }
}
