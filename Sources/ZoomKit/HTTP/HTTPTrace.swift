import Foundation

/// What a trace hook sees: each request as sent, each response or failure, and each decision
/// to retry. Requests and responses are already redacted (see `Redaction`).
public enum HTTPTraceEvent: Sendable, Hashable {
    /// A request is about to be sent.
    case request(HTTPRequestData)
    /// A response arrived for `request` after `elapsed`.
    case response(HTTPResponseData, request: HTTPRequestData, elapsed: Duration)
    /// `request` got no response.
    case failure(TransportError, request: HTTPRequestData, elapsed: Duration)
    /// The request will be sent again after `delay`, for `reason` (`429 rate limit (QPS)`…).
    case retry(delay: Duration, reason: String)

    /// One line for people: `→ GET https://…`, `← 200 (12 ms)`, `✗ timed out…`, `↻ retry in 1.2 s: …`.
    public var summary: String {
        switch self {
        case .request(let request):
            return "→ \(request.method) \(request.url)"
        case .response(let response, let request, let elapsed):
            return "← \(response.status) \(request.method) \(request.url) (\(elapsed.shortText))"
        case .failure(let error, let request, let elapsed):
            return "✗ \(request.method) \(request.url): \(error.message) (\(elapsed.shortText))"
        case .retry(let delay, let reason):
            return "↻ retry in \(delay.shortText): \(reason)"
        }
    }
}

/// A closure that receives trace events; it must return quickly and never throw.
public typealias HTTPTraceHook = @Sendable (HTTPTraceEvent) -> Void

/// A transport that reports every request, response and failure of another transport to a
/// trace hook, redacted — while `isOn` says so: when it is off, nothing is redacted or
/// formatted (a list of 10,000 meetings is not copied for a trace nobody reads).
public struct TracingTransport: HTTPTransport {
    /// The transport that sends.
    public let base: any HTTPTransport
    /// Where events go.
    public let trace: HTTPTraceHook
    /// Whether events are wanted now.
    public let isOn: @Sendable () -> Bool

    /// A transport that traces `base` while `isOn` returns true.
    public init(
        _ base: any HTTPTransport, trace: @escaping HTTPTraceHook, isOn: @escaping @Sendable () -> Bool = { true }
    ) {
        self.base = base
        self.trace = trace
        self.isOn = isOn
    }

    public func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        guard isOn() else { return try await base.send(request, timeout: timeout) }
        let shown = Redaction.redact(request)
        trace(.request(shown))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await base.send(request, timeout: timeout)
            trace(.response(Redaction.redact(response), request: shown, elapsed: clock.now - start))
            return response
        } catch let error as TransportError {
            trace(.failure(error, request: shown, elapsed: clock.now - start))
            throw error
        }
    }
}

extension Duration {
    /// `850 ms`, `1.2 s`, `2 min 5 s`, `3 h 12 min`, `3 d 4 h`: for messages. Any duration,
    /// however long or negative, can be written.
    var shortText: String {
        let seconds = secondsValue
        if seconds < 0 { return "-" + Self.text(seconds: -seconds) }
        return Self.text(seconds: seconds)
    }

    private static func text(seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        if seconds < 60 {
            let tenths = (seconds * 10).rounded() / 10
            return tenths == tenths.rounded() ? "\(Int(tenths)) s" : "\(tenths) s"
        }
        if seconds < 48 * 3600 {
            let whole = Int(seconds.rounded())
            if whole < 3600 { return whole % 60 == 0 ? "\(whole / 60) min" : "\(whole / 60) min \(whole % 60) s" }
            let minutes = (whole % 3600) / 60
            return minutes == 0 ? "\(whole / 3600) h" : "\(whole / 3600) h \(minutes) min"
        }
        // Duration holds at most 2^63 s: in whole hours that fits an Int.
        let hours = Int((seconds / 3600).rounded())
        return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
    }

    /// The duration in seconds as a `Double`.
    var secondsValue: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
