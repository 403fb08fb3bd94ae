import Foundation

extension ZoomClient {
    /// Sends a request and returns the success (2xx) response.
    ///
    /// - Throws: `ZoomError` for an error answer; `TransportError` when no answer came;
    ///   `AuthError` when no token could be had (or a refused token could not be renewed);
    ///   `CancellationError` when the calling Task was cancelled.
    public func send(_ request: ZoomRequest) async throws -> HTTPResponseData {
        var retries = RetryCounts()
        while true {
            try Task.checkCancellation()
            let token: AccessToken
            do {
                token = try await tokenProvider.token()
            } catch let error where retries.refreshedToken && !(error is CancellationError) {
                throw AuthError.refreshFailed(error)
            }
            let base = baseURL(tokenAPIURL: token.apiURL)
            let http = httpRequest(for: request, token: token.value, base: base)
            state.withLock {
                $0.tokenAPIURL = token.apiURL
                $0.lastRequest = Redaction.redact(http, bearerToken: "$ZOOM_TOKEN")
            }

            let response: HTTPResponseData
            do {
                response = try await sendingTransport.send(http, timeout: configuration.requestTimeout)
            } catch let error as TransportError {
                if error.kind == .cancelled || Task.isCancelled { throw CancellationError() }
                try await retryOrThrow(after: error, request: request, retries: &retries)
                continue
            }
            state.withLock { $0.lastRateLimit = RateLimitInfo(headers: response.headers) }
            if (200..<300).contains(response.status) {
                return response
            }

            let now = configuration.now()
            var error = ZoomError(response: response, method: request.method, path: request.path, now: now)
            switch response.status {
            case 401:
                try await refreshOrThrow(&error, token: token, retries: &retries)
            case 429:
                try await waitForRateLimitOrThrow(&error, now: now, retries: &retries)
            case 500...599:
                try await retryOrThrow(after: &error, request: request, now: now, retries: &retries)
            default:
                throw error
            }
        }
    }

    struct RetryCounts {
        var refreshedToken = false
        var rateLimit = 0
        var transient = 0
    }

    /// A 401: drop the token and try once more with a fresh one, unless a scope is missing.
    private func refreshOrThrow(_ error: inout ZoomError, token: AccessToken, retries: inout RetryCounts)
        async throws
    {
        let lower = error.message.lowercased()
        if error.code == 4711 || lower.contains("scope") {
            error.note =
                "the app lacks a scope this call needs: add it to the app in the Zoom App Marketplace, "
                + "then try again"
            throw error
        }
        if retries.refreshedToken {
            error.note =
                "Zoom refused a freshly obtained token too: check that the app is activated and has the "
                + "scopes this call needs"
            throw error
        }
        retries.refreshedToken = true
        await tokenProvider.invalidate(token)
        configuration.trace?(
            .retry(delay: .zero, reason: "401\(error.codeText): the token was refused; getting a new one"))
    }

    /// A 429: wait as Zoom asks and retry, or give up with the time to retry.
    private func waitForRateLimitOrThrow(_ error: inout ZoomError, now: Date, retries: inout RetryCounts)
        async throws
    {
        if error.isDailyLimit {
            let reset = error.retryAfter ?? RetryAfter.nextMidnightUTC(after: now)
            let wait = Duration.seconds(RetryAfter.wait(until: reset, from: now))
            error.retryAfter = reset
            let atMidnight = reset.timeIntervalSince1970.truncatingRemainder(dividingBy: 86400) == 0
            error.note =
                "daily limit reached, not retried; "
                + (atMidnight ? "it resets at 00:00 UTC" : "Zoom says to try again after")
                + " (\(reset.formatted(.iso8601)), in \(wait.shortText))"
            throw error
        }
        let delay: Duration
        if let until = error.retryAfter {
            delay = .seconds(RetryAfter.wait(until: until, from: now))
        } else {
            delay = configuration.rateLimitPause()
        }
        let retryAt = now.addingTimeInterval(delay.secondsValue)
        if delay > configuration.maxRetryWait {
            error.retryAfter = retryAt
            error.note =
                "rate limited: Zoom asks to wait \(delay.shortText) (until \(retryAt.formatted(.iso8601))), "
                + "longer than the \(configuration.maxRetryWait.shortText) this client waits; try again then"
            throw error
        }
        guard retries.rateLimit < configuration.maxRateLimitRetries else {
            error.retryAfter = retryAt
            error.note =
                "rate limited; gave up after \(retries.rateLimit) "
                + "\(retries.rateLimit == 1 ? "retry" : "retries"); try again after \(retryAt.formatted(.iso8601))"
            throw error
        }
        retries.rateLimit += 1
        let kind = error.rateLimit?.type ?? "per-second"
        configuration.trace?(
            .retry(
                delay: delay,
                reason: "429 rate limit (\(kind)), retry \(retries.rateLimit) of "
                    + "\(configuration.maxRateLimitRetries)"))
        try await configuration.sleep(delay)
    }

    /// A 5xx: back off and retry an idempotent request; never a POST.
    private func retryOrThrow(
        after error: inout ZoomError, request: ZoomRequest, now: Date, retries: inout RetryCounts
    ) async throws {
        guard request.isIdempotent else {
            error.note =
                "not retried: the \(request.method) may have taken effect; check (e.g. list) before "
                + "sending it again"
            throw error
        }
        guard retries.transient < configuration.maxTransientRetries else {
            if retries.transient > 0 { error.note = "gave up after \(retries.transient) retries" }
            throw error
        }
        var delay = configuration.backoff(retry: retries.transient)
        if let until = error.retryAfter {
            let asked = Duration.seconds(RetryAfter.wait(until: until, from: now))
            if asked > configuration.maxRetryWait { throw error }
            delay = max(delay, asked)
        }
        retries.transient += 1
        configuration.trace?(
            .retry(
                delay: delay,
                reason: "HTTP \(error.status), retry \(retries.transient) of "
                    + "\(configuration.maxTransientRetries)"))
        try await configuration.sleep(delay)
    }

    /// No response: retry when it is safe (idempotent, or surely never sent) and allowed.
    private func retryOrThrow(after error: TransportError, request: ZoomRequest, retries: inout RetryCounts)
        async throws
    {
        var error = error
        guard error.kind != .invalidURL else { throw error }
        guard request.isIdempotent || !error.mayHaveReachedServer else {
            error.message +=
                "; the \(request.method) was not retried because it may have reached Zoom: check "
                + "(e.g. list) before sending it again"
            throw error
        }
        guard retries.transient < configuration.maxTransientRetries else {
            if retries.transient > 0 { error.message += " (gave up after \(retries.transient) retries)" }
            throw error
        }
        let delay = configuration.backoff(retry: retries.transient)
        retries.transient += 1
        configuration.trace?(
            .retry(
                delay: delay,
                reason: "\(error.message), retry \(retries.transient) of "
                    + "\(configuration.maxTransientRetries)"))
        try await configuration.sleep(delay)
    }
}

extension ZoomError {
    /// ` (code 124)` or empty.
    var codeText: String { code.map { " (code \($0))" } ?? "" }
}
