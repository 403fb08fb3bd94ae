import Foundation

/// A bearer token for Zoom's API, with what is known about it.
public struct AccessToken: Sendable, Hashable, Codable {
    /// The token itself: a secret, never printed.
    public var value: String
    /// When it stops working, if known.
    public var expiresAt: Date?
    /// The space-separated scopes granted, if known.
    public var scope: String?
    /// The API base URL that came with the token (`api_url` of an OAuth answer), if any.
    public var apiURL: String?

    /// A token.
    public init(value: String, expiresAt: Date? = nil, scope: String? = nil, apiURL: String? = nil) {
        self.value = value
        self.expiresAt = expiresAt
        self.scope = scope
        self.apiURL = apiURL
    }
}

/// Supplies bearer tokens: Server-to-Server OAuth, a legacy JWT app, or a static token.
public protocol TokenProvider: Sendable {
    /// A short description for people (`Server-to-Server OAuth (client abc…)`), no secrets.
    var summary: String { get }
    /// A token that is valid now; fetched or signed when there is none in the cache.
    func token() async throws -> AccessToken
    /// Forgets `token` (the API refused it) so that the next `token()` gets a fresh one.
    func invalidate(_ token: AccessToken) async
}
