import Foundation
import Synchronization
import ZoomModels

/// Speaks Zoom's REST API v2: builds URLs, adds the bearer token, retries what is safe to
/// retry, honours rate limits and turns error answers into `ZoomError`.
///
/// Retries: a 401 gets one retry with a fresh token; a 429 is retried after `Retry-After` (or
/// about a second for per-second limits) up to `maxRateLimitRetries` times, never for a daily
/// limit and never when the wait would exceed `maxRetryWait`; network errors and 5xx answers
/// are retried with exponential backoff for idempotent methods only. A POST is sent again only
/// when it surely never left (no connection could be made) or Zoom refused it (401, 429), so
/// a meeting is never created twice.
public final class ZoomClient: Sendable {
    /// The base URL the user chose (`--api-url`, `ZOOM_API_URL`); nil to use the token's
    /// `api_url` or the default `https://api.zoom.us/v2`.
    public let explicitBaseURL: String?
    /// Where tokens come from.
    public let tokenProvider: any TokenProvider
    /// How requests travel.
    public let transport: any HTTPTransport
    /// Timeouts, retries, trace hook and injectable clocks.
    public let configuration: Configuration

    let sendingTransport: any HTTPTransport
    let state = Mutex(State())

    struct State: Sendable {
        var tokenAPIURL: String?
        var lastRequest: HTTPRequestData?
        var lastRateLimit: RateLimitInfo?
    }

    /// A client.
    ///
    /// - Parameters:
    ///   - baseURL: the API base URL (`https://api.zoom.us/v2`, a regional host, a sandbox);
    ///     nil uses the `api_url` that comes with the token, else the default.
    public init(
        baseURL: String? = nil,
        tokenProvider: any TokenProvider,
        transport: any HTTPTransport,
        configuration: Configuration = Configuration()
    ) {
        self.explicitBaseURL = baseURL.map { $0.trimmingWhitespace().removingTrailingSlashes }
        self.tokenProvider = tokenProvider
        self.transport = transport
        self.configuration = configuration
        self.sendingTransport =
            configuration.trace.map { TracingTransport(transport, trace: $0, isOn: configuration.traceIsOn) }
            ?? transport
    }

    /// The base URL requests go to now: the explicit one, else the last token's `api_url` +
    /// `/v2`, else `https://api.zoom.us/v2`.
    public var baseURL: String {
        baseURL(tokenAPIURL: state.withLock { $0.tokenAPIURL })
    }

    /// The last request sent (or being sent), redacted, with the token shown as `$ZOOM_TOKEN`.
    public var lastRequest: HTTPRequestData? { state.withLock { $0.lastRequest } }

    /// The `X-RateLimit-*` headers of the last response; nil when it had none.
    public var lastRateLimit: RateLimitInfo? { state.withLock { $0.lastRateLimit } }

    func baseURL(tokenAPIURL: String?) -> String {
        if let explicitBaseURL { return explicitBaseURL }
        if let api = tokenAPIURL?.trimmingWhitespace().removingTrailingSlashes, api.hasPrefix("http") {
            return api.hasSuffix("/v2") ? api : api + "/v2"
        }
        return ZoomKit.defaultAPIURL
    }
}
