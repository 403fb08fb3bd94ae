import Foundation

extension ZoomCredentials {
    /// The token provider for these credentials.
    ///
    /// - Parameters:
    ///   - oauthURL: the token endpoint of Server-to-Server OAuth (`ZOOM_OAUTH_URL`).
    ///   - transport: how token requests travel (the same transport as the API is fine).
    ///   - cache: where Server-to-Server tokens are cached on disk; nil keeps them in memory.
    ///   - jwtLifetime: seconds each legacy JWT app token is valid (default 90).
    ///   - trace: sees token requests, redacted.
    /// - Throws: `CredentialsError` when a field is empty; `AuthError` (`invalidConfiguration`)
    ///   when the OAuth URL is not an http(s) URL or a JWT secret is too short.
    public func makeTokenProvider(
        oauthURL: String = ZoomKit.defaultOAuthURL,
        transport: any HTTPTransport,
        cache: TokenCacheLocation? = nil,
        jwtLifetime: Int = 90,
        trace: HTTPTraceHook? = nil
    ) throws -> any TokenProvider {
        switch try validated() {
        case .s2s(let accountID, let clientID, let clientSecret):
            guard let url = URL(string: oauthURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host != nil
            else {
                throw AuthError(
                    kind: .invalidConfiguration,
                    message: "the OAuth URL \"\(oauthURL)\" is not an http(s) URL; check ZOOM_OAUTH_URL "
                        + "(default \(ZoomKit.defaultOAuthURL))")
            }
            return ServerToServerTokenProvider(
                accountID: accountID, clientID: clientID, clientSecret: clientSecret, oauthURL: oauthURL,
                transport: transport, cache: cache, trace: trace)
        case .jwt(let apiKey, let apiSecret):
            return try JWTAppTokenProvider(apiKey: apiKey, apiSecret: apiSecret, lifetime: jwtLifetime)
        case .token(let token):
            return StaticTokenProvider(token: token)
        }
    }
}
