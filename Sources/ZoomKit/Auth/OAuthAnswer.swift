import Foundation
import ZoomModels

/// A successful answer of Zoom's token endpoint: `access_token`, `expires_in`, `scope`, `api_url`.
enum OAuthTokenAnswer {
    /// Zoom's documented lifetime of a Server-to-Server token, used when `expires_in` is missing.
    static let defaultLifetime: TimeInterval = 3600

    static func decode(_ response: HTTPResponseData, oauthURL: String, requestedAt: Date) throws -> AccessToken {
        func bad(_ problem: String) -> AuthError {
            AuthError(
                kind: .badResponse,
                message: "Zoom's OAuth server at \(oauthURL) answered HTTP \(response.status) but \(problem); "
                    + "check ZOOM_OAUTH_URL",
                httpStatus: response.status)
        }
        guard let json = try? JSONValue(parsing: response.body), json.objectValue != nil else {
            let excerpt = BodyExcerpt.make(response.body)
            let type = BodyExcerpt.mediaType(response.headers["Content-Type"]) ?? "no content type"
            throw bad(
                excerpt.isEmpty
                    ? "with an empty body, not a token" : "its answer (\(type)) is not a token: \"\(excerpt)\"")
        }
        guard let value = json["access_token"]?.stringValue, !value.isEmpty else {
            throw bad("its answer has no access_token")
        }
        var lifetime = defaultLifetime
        if let seconds = json["expires_in"].flatMap(Self.number) {
            guard seconds > 0 else { throw bad("expires_in is \(seconds)") }
            lifetime = seconds
        }
        let apiURL = json["api_url"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        return AccessToken(
            value: value,
            expiresAt: requestedAt.addingTimeInterval(lifetime),
            scope: json["scope"]?.stringValue,
            apiURL: apiURL)
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }
}

/// An error answer of Zoom's token endpoint, in either shape Zoom uses:
/// `{"code": 4702, "message": "Invalid client"}` or `{"reason": "…", "error": "invalid_client"}`.
struct OAuthErrorAnswer {
    var status: Int
    var code: Int?
    var message: String?
    var error: String?
    var excerpt: String
    var isJSON: Bool
    var mediaType: String?

    init(response: HTTPResponseData) {
        status = response.status
        excerpt = BodyExcerpt.make(response.body)
        mediaType = BodyExcerpt.mediaType(response.headers["Content-Type"])
        let json = try? JSONValue(parsing: response.body)
        isJSON = json?.objectValue != nil
        code = json?["code"].flatMap { $0.intValue ?? $0.stringValue.flatMap { Int64($0) } }.map { Int($0) }
        message =
            json?["message"]?.stringValue ?? json?["reason"]?.stringValue
            ?? json?["error_description"]?.stringValue
        error = json?["error"]?.stringValue
    }

    /// What Zoom said, for the message: `code 4702 Invalid client`, `invalid_client: Invalid client_id…`.
    private var said: String {
        let message = self.message.flatMap { $0.isEmpty ? nil : $0 }
        switch (code, error, message) {
        case (let code?, _, let message?): return "code \(code) \(message)"
        case (let code?, let error?, nil): return "code \(code) \(error)"
        case (let code?, nil, nil): return "code \(code), HTTP \(status)"
        case (nil, let error?, let message?): return "\(error): \(message)"
        case (nil, let error?, nil): return error
        case (nil, nil, let message?): return "HTTP \(status): \(message)"
        case (nil, nil, nil): return "HTTP \(status)"
        }
    }

    func authError(oauthURL: String) -> AuthError {
        func make(_ kind: AuthError.Kind, _ text: String) -> AuthError {
            AuthError(kind: kind, message: text, httpStatus: status, zoomCode: code, oauthError: error)
        }
        guard isJSON else {
            let body = excerpt.isEmpty ? "an empty body" : "\(mediaType ?? "a body") \"\(excerpt)\""
            return make(
                .badResponse,
                "Zoom's OAuth server at \(oauthURL) answered HTTP \(status) with \(body), not a token: "
                    + (status >= 500 ? "Zoom may be having trouble; try again later" : "check ZOOM_OAUTH_URL"))
        }
        let text = "\(message ?? "") \(error ?? "")".lowercased()
        if [4702, 4704, 4706].contains(code) || error == "invalid_client" || status == 401
            || (text.contains("client") && !text.contains("grant"))
        {
            return make(
                .credentialsRefused,
                "Zoom refused the client credentials (\(said)): check ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET")
        }
        if code == 4705 || error == "unsupported_grant_type" || text.contains("grant type") {
            return make(
                .invalidConfiguration,
                "Zoom refused the token request (\(said)): the app must be a Server-to-Server OAuth app; "
                    + "check ZOOM_CLIENT_ID and that the app type is Server-to-Server OAuth")
        }
        if error == "invalid_grant" || text.contains("account") {
            return make(
                .credentialsRefused,
                "Zoom refused the account (\(said)): check ZOOM_ACCOUNT_ID and that the app is activated")
        }
        if status == 429 {
            return make(
                .unreachable, "Zoom's OAuth server is rate limiting token requests (\(said)): wait and try again")
        }
        if status >= 500 {
            return make(.unreachable, "Zoom's OAuth server failed (\(said)): try again later")
        }
        return make(
            .credentialsRefused,
            "Zoom refused the token request (\(said)): check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET "
                + "and that the Server-to-Server OAuth app is activated")
    }
}
