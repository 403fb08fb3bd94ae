import Foundation
import JWTKit

/// Issues the sandbox's OAuth access tokens and checks bearer tokens: its own access tokens
/// and legacy JWT app tokens (HS256 signed with the API secret, `iss` = the API key).
///
/// Access tokens are JWTs signed with a key derived from the client secret, so they stay
/// valid across restarts of a sandbox with the same credentials and need no storage.
/// Expiry is judged by the sandbox's clock, not by JWTKit's.
struct TokenAuthority: Sendable {
    /// Who a valid token belongs to.
    enum Principal: Sendable, Equatable {
        /// A Server-to-Server OAuth access token.
        case oauth(accountID: String)
        /// A legacy JWT app token.
        case jwtApp
    }

    static let issuer = "zoomsh-sandbox"

    private let credentials: SandboxCredentials
    private let accessKeys: JWTKeyCollection
    private let legacyKeys: JWTKeyCollection

    /// An authority for `credentials` (whose API secret must be at least 32 bytes: checked
    /// by `SandboxConfiguration.check()`, as JWTKit asserts it).
    static func make(credentials: SandboxCredentials) async -> TokenAuthority {
        // At least 32 bytes by construction: a 28-byte prefix plus two separators and two
        // non-empty values.
        let material = "zoomsh-sandbox-access-token:\(credentials.accountID):\(credentials.clientSecret)"
        let accessKeys = JWTKeyCollection()
        await accessKeys.add(hmac: HMACKey(from: Array(material.utf8)), digestAlgorithm: .sha256)
        let legacyKeys = JWTKeyCollection()
        await legacyKeys.add(hmac: HMACKey(from: Array(credentials.apiSecret.utf8)), digestAlgorithm: .sha256)
        return TokenAuthority(credentials: credentials, accessKeys: accessKeys, legacyKeys: legacyKeys)
    }

    /// A new access token valid from `now` (in whole seconds, as `iat` and `exp` are
    /// NumericDates) for `lifetime` seconds.
    func issue(now: Date, lifetime: Int64) async throws -> String {
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let claims = AccessClaims(
            iss: IssuerClaim(value: Self.issuer),
            aid: credentials.accountID,
            cid: credentials.clientID,
            iat: IssuedAtClaim(value: issued),
            exp: ExpirationClaim(value: issued.addingTimeInterval(TimeInterval(lifetime))),
            jti: IDClaim(value: UUID().uuidString.lowercased())
        )
        return try await accessKeys.sign(claims)
    }

    /// The principal of a bearer token, or Zoom's 401 (code 124): invalid or expired.
    func verify(_ token: String, now: Date) async -> Result<Principal, APIError> {
        guard let issuer = try? await accessKeys.unverified(token, as: IssuerOnlyClaims.self).iss?.value else {
            return .failure(.invalidToken)
        }
        if issuer == credentials.apiKey {
            guard let claims = try? await legacyKeys.verify(token, as: LegacyClaims.self) else {
                return .failure(.invalidToken)
            }
            return now < claims.exp.value ? .success(.jwtApp) : .failure(.expiredToken)
        }
        guard issuer == Self.issuer, let claims = try? await accessKeys.verify(token, as: AccessClaims.self),
            claims.aid == credentials.accountID
        else { return .failure(.invalidToken) }
        return now < claims.exp.value ? .success(.oauth(accountID: claims.aid)) : .failure(.expiredToken)
    }
}

/// The claims of a sandbox access token. Expiry is checked against the sandbox clock.
struct AccessClaims: JWTPayload {
    var iss: IssuerClaim
    var aid: String
    var cid: String
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    var jti: IDClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// The claims of a legacy JWT app token: `iss` (the API key) and `exp` (seconds).
struct LegacyClaims: JWTPayload {
    var iss: IssuerClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Just the issuer, read before the signature is checked to pick the key.
struct IssuerOnlyClaims: JWTPayload {
    var iss: IssuerClaim?

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
