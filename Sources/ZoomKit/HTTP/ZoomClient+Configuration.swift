import Foundation
import ZoomModels

extension ZoomClient {
    /// How a client sends, waits and retries. Every clock, sleep and random source is
    /// injectable so tests never really wait.
    public struct Configuration: Sendable {
        /// How long one attempt may take, from sending to the whole response.
        public var requestTimeout: Duration
        /// How many times a rate-limited (429) request is sent again.
        public var maxRateLimitRetries: Int
        /// How many times a request is sent again after a network error or a 5xx (idempotent
        /// methods; POST only when it surely never left).
        public var maxTransientRetries: Int
        /// The longest wait before a retry; a 429 asking for longer fails with the time to retry.
        public var maxRetryWait: Duration
        /// The first backoff delay after a network error or 5xx; it doubles each time (± 25 % jitter).
        public var backoffBase: Duration
        /// The `User-Agent` header.
        public var userAgent: String
        /// Sees every request, response, failure and retry (redacted); nil for none.
        public var trace: HTTPTraceHook?
        /// Whether `trace` wants events now (nothing is redacted for it while not).
        public var traceIsOn: @Sendable () -> Bool = { true }
        /// Waits before a retry (`Task.sleep` by default).
        public var sleep: @Sendable (Duration) async throws -> Void
        /// A random number in `0..<1`, for jitter.
        public var random: @Sendable () -> Double
        /// The current time, for `Retry-After` dates and daily-limit resets.
        public var now: @Sendable () -> Date

        /// A configuration; the defaults are 30 s per attempt, 3 retries each for rate limits and
        /// transient failures, waits of at most 60 s, and a 0.5 s first backoff.
        public init(
            requestTimeout: Duration = .seconds(30),
            maxRateLimitRetries: Int = 3,
            maxTransientRetries: Int = 3,
            maxRetryWait: Duration = .seconds(60),
            backoffBase: Duration = .milliseconds(500),
            userAgent: String = "zoomsh/\(ZoomKit.version)",
            trace: HTTPTraceHook? = nil,
            sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
            random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
            now: @escaping @Sendable () -> Date = { Date() }
        ) {
            self.requestTimeout = requestTimeout
            self.maxRateLimitRetries = maxRateLimitRetries
            self.maxTransientRetries = maxTransientRetries
            self.maxRetryWait = maxRetryWait
            self.backoffBase = backoffBase
            self.userAgent = userAgent
            self.trace = trace
            self.sleep = sleep
            self.random = random
            self.now = now
        }

        /// The delay before transient retry number `retry` (0 for the first):
        /// `backoffBase · 2^retry`, ± 25 %, at most `maxRetryWait`.
        func backoff(retry: Int) -> Duration {
            let factor = Double(1 << min(retry, 20)) * (0.75 + 0.5 * random())
            return min(backoffBase * factor, maxRetryWait)
        }

        /// The delay before retrying a per-second (QPS) 429 without `Retry-After`: 1 s to 1.5 s.
        func rateLimitPause() -> Duration {
            .seconds(1) + .milliseconds(500) * random()
        }
    }
}
