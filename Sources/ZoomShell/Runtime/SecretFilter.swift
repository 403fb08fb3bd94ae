import Foundation

/// Decides which typed lines must never reach the history file.
enum SecretFilter {
    /// Whether `line` carries a secret: a JWT or bearer token, or a token-taking command.
    static func carriesSecret(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("jwt decode") || trimmed.hasPrefix("jwt sign") { return true }
        if line.range(of: "Bearer ", options: .caseInsensitive) != nil { return true }
        if line.range(of: #"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"#, options: .regularExpression) != nil { return true }
        for marker in [
            "client_secret", "api_secret", "access_token", "password", "ZOOM_CLIENT_SECRET=", "ZOOM_API_SECRET=",
        ]
        where line.contains(marker) {
            return true
        }
        return false
    }
}
