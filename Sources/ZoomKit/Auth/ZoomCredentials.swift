/// How zoomsh authenticates to Zoom: a Server-to-Server OAuth app, a legacy JWT app, or a
/// bearer token obtained elsewhere.
///
/// `description`, `debugDescription` and the mirror never show a secret or a token, so a
/// value can be printed, dumped or logged safely.
public enum ZoomCredentials: Sendable, Hashable {
    /// A Server-to-Server OAuth app (`ZOOM_ACCOUNT_ID`, `ZOOM_CLIENT_ID`, `ZOOM_CLIENT_SECRET`).
    case s2s(accountID: String, clientID: String, clientSecret: String)
    /// A legacy JWT app (`ZOOM_API_KEY`, `ZOOM_API_SECRET`); Zoom retired these in September 2023.
    case jwt(apiKey: String, apiSecret: String)
    /// A bearer token used as it is (`ZOOM_ACCESS_TOKEN`); it cannot be renewed.
    case token(String)

    /// The kind of credentials, for people: `Server-to-Server OAuth`, `legacy JWT app`, `access token`.
    public var kindName: String {
        switch self {
        case .s2s: "Server-to-Server OAuth"
        case .jwt: "legacy JWT app"
        case .token: "access token"
        }
    }

    /// Checks that no field is empty, naming the missing environment variables.
    public func validated() throws(CredentialsError) -> ZoomCredentials {
        var missing: [String] = []
        switch self {
        case .s2s(let accountID, let clientID, let clientSecret):
            if accountID.isBlank { missing.append(ZoomCredentials.accountIDVariable) }
            if clientID.isBlank { missing.append(ZoomCredentials.clientIDVariable) }
            if clientSecret.isBlank { missing.append(ZoomCredentials.clientSecretVariable) }
        case .jwt(let apiKey, let apiSecret):
            if apiKey.isBlank { missing.append(ZoomCredentials.apiKeyVariable) }
            if apiSecret.isBlank { missing.append(ZoomCredentials.apiSecretVariable) }
        case .token(let token):
            if token.isBlank { missing.append(ZoomCredentials.accessTokenVariable) }
        }
        guard missing.isEmpty else {
            throw CredentialsError(
                message: "incomplete \(kindName) credentials: \(missing.joined(separator: ", ")) "
                    + (missing.count == 1 ? "is" : "are") + " empty",
                missing: missing)
        }
        return self
    }
}

extension ZoomCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `Server-to-Server OAuth (account A, client C)`, `legacy JWT app (API key K)` or
    /// `access token (N characters)`: never a secret.
    public var description: String {
        switch self {
        case .s2s(let accountID, let clientID, _):
            "Server-to-Server OAuth (account \(accountID), client \(clientID))"
        case .jwt(let apiKey, _):
            "legacy JWT app (API key \(apiKey))"
        case .token(let token):
            "access token (\(token.count) characters)"
        }
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["description": description], displayStyle: .enum)
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
