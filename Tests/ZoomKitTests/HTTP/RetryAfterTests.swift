import Foundation
import Synchronization
import Testing

@testable import ZoomKit
@testable import ZoomModels

/// Answers `status` with `Retry-After: value` (and `headers`) once, then 200.
private func onceThen200(
    _ status: Int, retryAfter value: String, headers: [HTTPHeader] = []
) -> @Sendable (HTTPRequestData) async throws -> HTTPResponseData {
    let count = Mutex(0)
    return { _ in
        let first = count.withLock { value in
            value += 1
            return value == 1
        }
        return first
            ? .json(
                status, #"{"code":\#(status),"message":"Slow down"}"#,
                headers: [HTTPHeader("Retry-After", value)] + headers)
            : .json(200, #"{"ok":true}"#)
    }
}

/// Out-of-range `Retry-After` values are clamped or ignored, never a crash.
@Suite("Retry-After: huge, negative and non-numbers")
struct RetryAfterTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let tenYears = "3650 d"

    @Test(
        "numbers are clamped to 0…10 years; NaN and infinities are not numbers",
        arguments: [
            ("120", 120.0), ("1.5", 1.5), ("-5", 0), ("-1e20", 0), ("1e20", RetryAfter.maximumWait),
            ("1e400", RetryAfter.maximumWait), (" 99999999999999999999999 ", RetryAfter.maximumWait),
        ])
    func numbers(text: String, seconds: Double) {
        #expect(RetryAfter.date(from: text, now: Self.now) == Self.now.addingTimeInterval(seconds))
    }

    @Test("NaN, inf and other text are not read", arguments: ["NaN", "nan", "inf", "-inf", "Infinity", "e", "soon"])
    func unreadable(text: String) {
        #expect(RetryAfter.date(from: text, now: Self.now) == nil)
    }

    @Test("a date past ten years ahead is clamped; one in the past is kept")
    func dates() {
        #expect(
            RetryAfter.date(from: "Fri, 31 Dec 9999 23:59:59 GMT", now: Self.now)
                == Self.now.addingTimeInterval(RetryAfter.maximumWait))
        let past = ISO8601DateFormatter().date(from: "2020-01-01T00:00:00Z")!
        #expect(RetryAfter.date(from: "2020-01-01T00:00:00Z", now: Self.now) == past)
        #expect(RetryAfter.wait(until: past, from: Self.now) == 0)
        #expect(RetryAfter.wait(until: Date.distantFuture, from: Self.now) == RetryAfter.maximumWait)
    }

    @Test("a 429 asking for an enormous wait fails with the time to retry", arguments: ["1e20", "1e400"])
    func hugeRateLimitWait(value: String) async throws {
        let sleeper = SleepRecorder()
        let events = Mutex<[String]>([])
        let (client, transport) = makeClient(
            sleeper: sleeper, configure: { $0.trace = { event in events.withLock { $0.append(event.summary) } } },
            api: onceThen200(429, retryAfter: value, headers: [HTTPHeader("X-RateLimit-Type", "QPS")]))
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.note?.hasPrefix("rate limited: Zoom asks to wait \(Self.tenYears) (until ") == true)
        #expect(sleeper.recorded.isEmpty)
        #expect(transport.apiRequests.count == 1)
        #expect(events.withLock { $0 }.contains { $0.hasPrefix("← 429 GET") })
    }

    @Test("a 429 with a negative, NaN or infinite Retry-After is retried", arguments: ["-30", "NaN", "inf"])
    func oddRateLimitWait(value: String) async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(sleeper: sleeper, api: onceThen200(429, retryAfter: value))
        _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        // A negative wait is no wait; an unreadable one is the usual per-second pause.
        #expect(sleeper.recorded == [value == "-30" ? .zero : .milliseconds(1250)])
        #expect(transport.apiRequests.count == 2)
    }

    @Test("a daily limit with an enormous Retry-After says when, without crashing")
    func hugeDailyLimit() async throws {
        let clock = TestClock(Self.now)
        let (client, _) = makeClient(
            clock: clock,
            api: onceThen200(429, retryAfter: "1e20", headers: [HTTPHeader("X-RateLimit-Type", "Daily-limit")]))
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "t"]))
        }
        #expect(error.retryAfter == Self.now.addingTimeInterval(RetryAfter.maximumWait))
        #expect(error.note?.hasSuffix(", in \(Self.tenYears))") == true, "\(error.note ?? "")")
    }

    @Test("a 503 with an enormous Retry-After is not waited for", arguments: ["1e20", "1e400"])
    func hugeServerErrorWait(value: String) async throws {
        let sleeper = SleepRecorder()
        let (client, transport) = makeClient(sleeper: sleeper, api: onceThen200(503, retryAfter: value))
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        }
        #expect(error.status == 503)
        #expect(sleeper.recorded.isEmpty)
        #expect(transport.apiRequests.count == 1)
    }

    @Test("any duration can be written, however long")
    func durationText() {
        #expect(Duration.seconds(Int64.max).shortText == "106751991167300 d 16 h")
        #expect(Duration.seconds(Int64.min).shortText.hasPrefix("-"))
        #expect(Duration.seconds(RetryAfter.maximumWait).shortText == Self.tenYears)
        #expect(Duration.seconds(3 * 86400 + 4 * 3600).shortText == "3 d 4 h")
        #expect(Duration.seconds(47 * 3600).shortText == "47 h")
        #expect(Duration.milliseconds(-850).shortText == "-850 ms")
        #expect(Duration.seconds(Int64.max).timeAmount.nanoseconds == .max)
    }
}
