import Foundation
import Synchronization

/// A bearer token used as it is (`ZOOM_ACCESS_TOKEN`). It cannot be renewed: once Zoom
/// refuses it, `token()` fails with a message that says to supply a new one.
public final class StaticTokenProvider: TokenProvider {
    /// `access token (N characters)`.
    public let summary: String
    private let accessToken: AccessToken
    private let refused = Mutex(false)

    /// A provider of `token`.
    public init(token: String) {
        accessToken = AccessToken(value: token)
        summary = ZoomCredentials.token(token).description
    }

    public func token() async throws -> AccessToken {
        guard !refused.withLock({ $0 }) else {
            throw AuthError(
                kind: .tokenRefused,
                message: "Zoom refused the access token (expired or invalid) and a fixed token cannot be renewed: "
                    + "set a new \(ZoomCredentials.accessTokenVariable), or use Server-to-Server OAuth credentials")
        }
        return accessToken
    }

    public func invalidate(_ token: AccessToken) async {
        if token.value == accessToken.value { refused.withLock { $0 = true } }
    }

    public func cachedToken() async -> AccessToken? { accessToken }
}
