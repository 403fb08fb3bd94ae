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
    /// The token held now (in memory or in the disk cache), without fetching one; nil when none.
    func cachedToken() async -> AccessToken?
}

extension TokenProvider {
    /// No cache by default.
    public func cachedToken() async -> AccessToken? { nil }
}

extension AccessToken {
    /// Whether the token can still be used at `now`, keeping `margin` seconds before it expires.
    public func isFresh(at now: Date, margin: TimeInterval = 60) -> Bool {
        guard let expiresAt else { return true }
        return now < expiresAt.addingTimeInterval(-margin)
    }
}

extension AccessToken: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `access token (N characters, expires …)`: never the token itself.
    public var description: String {
        var parts = ["\(value.count) characters"]
        if let expiresAt { parts.append("expires \(expiresAt.formatted(.iso8601))") }
        if let scope, !scope.isEmpty { parts.append("scopes: \(scope)") }
        if let apiURL { parts.append("api_url \(apiURL)") }
        return "access token (\(parts.joined(separator: ", ")))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["description": description], displayStyle: .struct)
    }
}
