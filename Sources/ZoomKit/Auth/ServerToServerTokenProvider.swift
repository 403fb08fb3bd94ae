import Foundation
import ZoomModels

/// Tokens of a Server-to-Server OAuth app: `POST {oauthURL}` with the client credentials,
/// cached in memory and (when a location is given) on disk, reused until 60 s before they
/// expire. Concurrent callers share one refresh.
public actor ServerToServerTokenProvider: TokenProvider {
    /// The Zoom account ID (not a secret).
    public nonisolated let accountID: String
    /// The app's client ID (not a secret).
    public nonisolated let clientID: String
    /// The token endpoint (`https://zoom.us/oauth/token`).
    public nonisolated let oauthURL: String
    /// `Server-to-Server OAuth (account A, client C)`.
    public nonisolated let summary: String

    private let clientSecret: String
    private let transport: any HTTPTransport
    private let diskCache: TokenDiskCache?
    private let refreshMargin: TimeInterval
    private let timeout: Duration
    private let now: @Sendable () -> Date
    private var current: AccessToken?
    private var inFlight: Task<AccessToken, any Error>?
    private var waiters = 0

    /// A provider.
    ///
    /// - Parameters:
    ///   - oauthURL: the token endpoint; `ZOOM_OAUTH_URL`, default `https://zoom.us/oauth/token`.
    ///   - transport: how token requests travel.
    ///   - cache: where tokens are kept on disk; nil keeps them in memory only.
    ///   - refreshMargin: a token is renewed this many seconds before it expires.
    ///   - timeout: how long one token request may take.
    ///   - trace: sees the token requests, redacted.
    ///   - now: the clock (tests move it).
    public init(
        accountID: String,
        clientID: String,
        clientSecret: String,
        oauthURL: String = ZoomKit.defaultOAuthURL,
        transport: any HTTPTransport,
        cache: TokenCacheLocation? = nil,
        refreshMargin: TimeInterval = 60,
        timeout: Duration = .seconds(30),
        trace: HTTPTraceHook? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.oauthURL = oauthURL
        self.summary = ZoomCredentials.s2s(accountID: accountID, clientID: clientID, clientSecret: "").description
        self.transport = trace.map { TracingTransport(transport, trace: $0) } ?? transport
        self.diskCache = cache.map {
            TokenDiskCache(location: $0, accountID: accountID, clientID: clientID, oauthURL: oauthURL)
        }
        self.refreshMargin = refreshMargin
        self.timeout = timeout
        self.now = now
    }

    /// The path of the disk cache file, if there is a disk cache.
    public nonisolated var cacheFilePath: String? { diskCache?.path }

    public func token() async throws -> AccessToken {
        if let current, current.isFresh(at: now(), margin: refreshMargin) { return current }
        let task: Task<AccessToken, any Error>
        if let inFlight {
            task = inFlight
        } else {
            if let cached = diskCache?.load(), cached.isFresh(at: now(), margin: refreshMargin) {
                current = cached
                return cached
            }
            // One fetch for every concurrent caller; it stores its own result, once.
            task = Task {
                do {
                    let token = try await self.fetch()
                    self.current = token
                    self.diskCache?.store(token)
                    self.inFlight = nil
                    return token
                } catch {
                    self.inFlight = nil
                    throw error
                }
            }
            inFlight = task
        }
        waiters += 1
        defer { waiters -= 1 }
        // A cancelled caller (Ctrl-C) cancels the fetch when nobody else waits for it.
        return try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            Task { await self.waiterCancelled(task) }
        }
    }

    private func waiterCancelled(_ task: Task<AccessToken, any Error>) {
        if waiters <= 1 { task.cancel() }
    }

    public func invalidate(_ token: AccessToken) async {
        if current?.value == token.value { current = nil }
        diskCache?.remove(ifValue: token.value)
    }

    public func cachedToken() async -> AccessToken? {
        if let current { return current }
        return diskCache?.load()
    }

    /// The token request as it is sent (the secret is in its `Authorization` header).
    nonisolated func tokenRequest() -> HTTPRequestData {
        let basic = Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()
        let body = PercentEncoding.form([("grant_type", "account_credentials"), ("account_id", accountID)])
        return HTTPRequestData(
            method: "POST",
            url: oauthURL,
            headers: [
                HTTPHeader("Authorization", "Basic \(basic)"),
                HTTPHeader("Accept", "application/json"),
                HTTPHeader("Content-Type", "application/x-www-form-urlencoded"),
                HTTPHeader("User-Agent", "zoomsh/\(ZoomKit.version)"),
            ],
            body: Data(body.utf8))
    }

    private nonisolated func fetch() async throws -> AccessToken {
        let requestedAt = now()
        let response: HTTPResponseData
        do {
            response = try await transport.send(tokenRequest(), timeout: timeout)
        } catch let error as TransportError {
            if error.kind == .cancelled { throw CancellationError() }
            throw AuthError(
                kind: .unreachable,
                message: "could not reach Zoom's OAuth server at \(oauthURL): \(error.message); "
                    + "check the network and ZOOM_OAUTH_URL")
        }
        guard (200..<300).contains(response.status) else {
            throw OAuthErrorAnswer(response: response).authError(oauthURL: oauthURL)
        }
        return try OAuthTokenAnswer.decode(response, oauthURL: oauthURL, requestedAt: requestedAt)
    }
}
