import Foundation
import ZoomModels

/// Tokens of a legacy JWT app: HS256, `iss` = the API key, `exp` in seconds since 1970, a short
/// lifetime. A fresh token is signed for every call, so a refused one is simply not reused.
///
/// Zoom retired JWT apps in September 2023; this stays for accounts and emulators that accept them.
public struct JWTAppTokenProvider: TokenProvider {
    /// The API key (`iss`; not a secret).
    public let apiKey: String
    /// How long each token is valid, in seconds.
    public let lifetime: Int
    /// `legacy JWT app (API key K)`.
    public var summary: String { ZoomCredentials.jwt(apiKey: apiKey, apiSecret: "").description }

    private let apiSecret: String
    private let now: @Sendable () -> Date

    /// A provider; throws `AuthError` (`invalidConfiguration`) when the secret is shorter than
    /// 32 bytes or the lifetime is not positive.
    ///
    /// - Parameter lifetime: seconds each token is valid (default 90).
    public init(
        apiKey: String,
        apiSecret: String,
        lifetime: Int = 90,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(AuthError) {
        do {
            try ZoomJWT.checkSecret(apiSecret, name: ZoomCredentials.apiSecretVariable)
        } catch {
            throw AuthError(kind: .invalidConfiguration, message: error.message)
        }
        guard lifetime > 0 else {
            throw AuthError(
                kind: .invalidConfiguration, message: "the JWT lifetime must be a positive number of seconds")
        }
        self.apiKey = apiKey
        self.apiSecret = apiSecret
        self.lifetime = lifetime
        self.now = now
    }

    public func token() async throws -> AccessToken {
        let issuedAt = Int64(now().timeIntervalSince1970.rounded(.down))
        let expires = issuedAt + Int64(lifetime)
        let claims = JSONObject([("iss", .string(apiKey)), ("iat", .int(issuedAt)), ("exp", .int(expires))])
        let value = try await ZoomJWT.sign(claims, secret: apiSecret, secretName: ZoomCredentials.apiSecretVariable)
        return AccessToken(value: value, expiresAt: Date(timeIntervalSince1970: TimeInterval(expires)))
    }

    /// Nothing to forget: every call signs a new token.
    public func invalidate(_ token: AccessToken) async {}
}
