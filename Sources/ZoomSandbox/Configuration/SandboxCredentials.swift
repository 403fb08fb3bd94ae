/// The credentials the sandbox accepts: one Server-to-Server OAuth app and one legacy JWT app.
///
/// The defaults are fixed and documented so that `zoomsh --sandbox` can point a session at a
/// sandbox without asking: account `sandbox-account`, client `sandbox-client` /
/// `sandbox-client-secret-0123456789ab` (32+ bytes, so it can sign SDK signatures), API key `sandbox-api-key` / `sandbox-api-secret-0123456789abcdef0123`.
/// They protect nothing: the sandbox only listens on 127.0.0.1.
public struct SandboxCredentials: Sendable, Hashable {
    /// The account ID that `POST /oauth/token` expects (`account_id`).
    public var accountID: String
    /// The Server-to-Server OAuth client ID.
    public var clientID: String
    /// The Server-to-Server OAuth client secret.
    public var clientSecret: String
    /// The legacy JWT app's API key (the `iss` of its tokens).
    public var apiKey: String
    /// The legacy JWT app's API secret (the HS256 key); at least 32 bytes.
    public var apiSecret: String

    /// Credentials.
    public init(accountID: String, clientID: String, clientSecret: String, apiKey: String, apiSecret: String) {
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.apiKey = apiKey
        self.apiSecret = apiSecret
    }

    /// The fixed default credentials.
    public static let standard = SandboxCredentials(
        accountID: "sandbox-account",
        clientID: "sandbox-client",
        clientSecret: "sandbox-client-secret-0123456789ab",
        apiKey: "sandbox-api-key",
        apiSecret: "sandbox-api-secret-0123456789abcdef0123"
    )

    /// The shortest API secret JWTKit accepts for HS256.
    public static let minimumAPISecretLength = 32

    /// Problems that make these credentials unusable, for people; empty when they are fine.
    func problems() -> [String] {
        var problems: [String] = []
        for (name, value) in [
            ("account ID", accountID), ("client ID", clientID), ("client secret", clientSecret), ("API key", apiKey),
        ] where value.isEmpty {
            problems.append("the \(name) is empty")
        }
        if clientID.contains(":") {
            problems.append("the client ID contains ':', which Basic authentication cannot carry")
        }
        if apiSecret.utf8.count < Self.minimumAPISecretLength {
            problems.append(
                "the API secret is \(apiSecret.utf8.count) bytes long; HS256 needs at least "
                    + "\(Self.minimumAPISecretLength)")
        }
        return problems
    }
}
