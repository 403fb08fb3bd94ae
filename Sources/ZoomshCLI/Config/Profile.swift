/// One `[profiles.NAME]` table of the config file. Every value is optional.
public struct Profile: Sendable, Hashable {
    /// The profile's name.
    public var name: String
    /// Server-to-Server OAuth account id.
    public var accountID: String?
    /// Server-to-Server OAuth client id.
    public var clientID: String?
    /// Server-to-Server OAuth client secret (a secret).
    public var clientSecret: String?
    /// The environment variable that holds the client secret instead.
    public var clientSecretEnv: String?
    /// Legacy JWT app key.
    public var apiKey: String?
    /// Legacy JWT app secret (a secret).
    public var apiSecret: String?
    /// The environment variable that holds the JWT app secret instead.
    public var apiSecretEnv: String?
    /// A static bearer token (a secret).
    public var accessToken: String?
    /// The API base URL.
    public var apiURL: String?
    /// The OAuth token URL.
    public var oauthURL: String?
    /// The default time zone of new meetings.
    public var timezone: String?
    /// The default host user (`me`, a user id or an email).
    public var host: String?
    /// The default output mode (`table`, `json`, `plain`).
    public var output: String?

    /// An empty profile.
    public init(name: String) { self.name = name }

    /// The keys a profile table may hold, in the order they are documented.
    public static let keys = [
        "account_id", "client_id", "client_secret", "client_secret_env", "api_key", "api_secret", "api_secret_env",
        "access_token", "api_url", "oauth_url", "timezone", "host", "output",
    ]

    /// The keys whose values are secrets.
    public static let secretKeys: Set<String> = ["client_secret", "api_secret", "access_token"]

    /// Whether the profile itself holds a secret (not merely names a variable).
    public var holdsSecret: Bool { clientSecret != nil || apiSecret != nil || accessToken != nil }

    mutating func set(_ key: String, _ value: String) {
        switch key {
        case "account_id": accountID = value
        case "client_id": clientID = value
        case "client_secret": clientSecret = value
        case "client_secret_env": clientSecretEnv = value
        case "api_key": apiKey = value
        case "api_secret": apiSecret = value
        case "api_secret_env": apiSecretEnv = value
        case "access_token": accessToken = value
        case "api_url": apiURL = value
        case "oauth_url": oauthURL = value
        case "timezone": timezone = value
        case "host": host = value
        case "output": output = value
        default: break
        }
    }
}
