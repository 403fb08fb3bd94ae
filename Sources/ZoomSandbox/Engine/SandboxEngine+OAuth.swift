import Foundation
import ZoomModels

/// `POST /oauth/token`: Server-to-Server OAuth as Zoom does it. The client authenticates with
/// Basic authentication (or `client_id` / `client_secret` parameters); `grant_type` and
/// `account_id` come in the query or in a form body.
extension SandboxEngine {
    /// An OAuth error: Zoom's `reason` / `error` pair, plus the 4700-series `code` and `message`.
    struct OAuthError: Error {
        var status: Int
        var code: Int
        var error: String
        var message: String

        var response: SandboxResponse {
            .json(
                status,
                .object(
                    JSONObject([
                        ("reason", .string(message)), ("error", .string(error)), ("code", .int(Int64(code))),
                        ("message", .string(message)),
                    ])))
        }

        static let missingClient = OAuthError(
            status: 400, code: 4706, error: "invalid_request", message: "Client ID or client secret is missing.")
        static let missingGrant = OAuthError(
            status: 400, code: 4706, error: "invalid_request", message: "Missing grant type.")
        static let unsupportedGrant = OAuthError(
            status: 400, code: 4705, error: "unsupported_grant_type",
            message: "Grant type is not supported from token endpoint.")
        static let invalidClient = OAuthError(
            status: 401, code: 4702, error: "invalid_client", message: "Invalid client.")
        static let invalidSecret = OAuthError(
            status: 401, code: 4704, error: "invalid_client", message: "Invalid client secret.")
        static let missingAccount = OAuthError(
            status: 400, code: 4700, error: "invalid_request", message: "Account ID is missing.")
        static let invalidAccount = OAuthError(
            status: 400, code: 4700, error: "invalid_request", message: "Invalid account ID.")
    }

    /// The scopes a sandbox token carries.
    static let scopes = [
        "meeting:read:meeting:admin", "meeting:read:list_meetings:admin", "meeting:read:invitation:admin",
        "meeting:write:meeting:admin", "meeting:update:meeting:admin", "meeting:delete:meeting:admin",
        "meeting:update:status:admin", "user:read:user:admin", "user:read:list_users:admin",
    ].joined(separator: " ")

    func oauthToken(_ request: SandboxRequest) async -> SandboxResponse {
        guard request.method == "POST" else {
            return OAuthError(
                status: 405, code: 4700, error: "invalid_request", message: "Use POST for the token endpoint."
            )
            .response
        }
        let credentials = configuration.credentials
        let parameters = Self.oauthParameters(request)
        func parameter(_ name: String) -> String? { parameters.last { $0.name == name }?.value }
        let client =
            Self.basicCredentials(request)
            ?? parameter("client_id").flatMap { id in
                parameter("client_secret").map { (id, $0) }
            }
        guard let (clientID, clientSecret) = client, !clientID.isEmpty, !clientSecret.isEmpty else {
            return OAuthError.missingClient.response
        }
        guard let grant = parameter("grant_type"), !grant.isEmpty else { return OAuthError.missingGrant.response }
        guard grant == "account_credentials" else { return OAuthError.unsupportedGrant.response }
        guard clientID == credentials.clientID else { return OAuthError.invalidClient.response }
        guard clientSecret == credentials.clientSecret else { return OAuthError.invalidSecret.response }
        guard let account = parameter("account_id"), !account.isEmpty else { return OAuthError.missingAccount.response }
        guard account == credentials.accountID else { return OAuthError.invalidAccount.response }
        let lifetime = configuration.tokenLifetimeSeconds
        let token: String
        do {
            token = try await tokens.issue(now: now, lifetime: lifetime)
        } catch {
            return OAuthError(status: 500, code: 4700, error: "server_error", message: "The token could not be signed.")
                .response
        }
        return .json(
            200,
            .object(
                JSONObject([
                    ("access_token", .string(token)), ("token_type", "bearer"), ("expires_in", .int(lifetime)),
                    ("scope", .string(Self.scopes)), ("api_url", .string(origin)),
                ])))
    }

    /// The query items, then those of a form body (a body of another type is ignored).
    static func oauthParameters(_ request: SandboxRequest) -> [QueryItem] {
        var items = request.query
        let type = request.headers["Content-Type"]?.lowercased() ?? "application/x-www-form-urlencoded"
        if type.hasPrefix("application/x-www-form-urlencoded"), !request.body.isEmpty {
            items += FormDecoding.items(String(decoding: request.body, as: UTF8.self))
        }
        return items
    }

    /// The client ID and secret of a `Basic` Authorization header.
    static func basicCredentials(_ request: SandboxRequest) -> (String, String)? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}
