import Foundation
import ZoomModels

/// Removes secrets and tokens from requests and responses before anyone sees them (trace,
/// `lastRequest`, `curl`).
///
/// - `Authorization: Bearer …` becomes `Bearer ***` (or the placeholder asked for, such as
///   `$ZOOM_TOKEN`); `Basic …` keeps the user name and hides the password (`Basic client-id:***`).
/// - `Cookie`, `Set-Cookie` and any header whose name mentions a token or secret are hidden.
/// - In JSON bodies, values of keys that name a secret or token (`client_secret`,
///   `access_token`, `refresh_token`, `token`, `zak`…) are hidden, and so are such query fields
///   of URLs inside them (the `zak` of a `start_url`); form bodies and URL queries also hide
///   `password`, `code` and `assertion`.
public enum Redaction {
    /// What replaces a hidden value.
    public static let placeholder = "***"

    /// `request` with its secrets hidden; `bearerToken` replaces a bearer token.
    public static func redact(_ request: HTTPRequestData, bearerToken: String = placeholder) -> HTTPRequestData {
        var copy = request
        copy.url = redactQuery(of: request.url)
        copy.headers = request.headers.map { redact($0, bearerToken: bearerToken) }
        copy.body = request.body.map { redactBody($0, contentType: request.headers["Content-Type"]) }
        return copy
    }

    /// `response` with its secrets hidden.
    public static func redact(_ response: HTTPResponseData) -> HTTPResponseData {
        var copy = response
        copy.headers = response.headers.map { redact($0, bearerToken: placeholder) }
        copy.body = redactBody(response.body, contentType: response.headers["Content-Type"])
        return copy
    }

    static func redact(_ header: HTTPHeader, bearerToken: String) -> HTTPHeader {
        let name = header.name.lowercased()
        switch name {
        case "authorization", "proxy-authorization":
            return HTTPHeader(header.name, redactCredentials(header.value, bearerToken: bearerToken))
        case "cookie", "set-cookie":
            return HTTPHeader(header.name, placeholder)
        default:
            let secretName = name.contains("token") || name.contains("secret") || name.contains("api-key")
            return secretName ? HTTPHeader(header.name, placeholder) : header
        }
    }

    private static func redactCredentials(_ value: String, bearerToken: String) -> String {
        let parts = value.split(separator: " ", maxSplits: 1)
        guard let scheme = parts.first else { return placeholder }
        switch scheme.lowercased() {
        case "bearer":
            return "\(scheme) \(bearerToken)"
        case "basic":
            if parts.count == 2, let decoded = Data(base64Encoded: String(parts[1])),
                let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":")
            {
                return "\(scheme) \(text[..<colon]):\(placeholder)"
            }
            return "\(scheme) \(placeholder)"
        default:
            return "\(scheme) \(placeholder)"
        }
    }

    /// Whether a JSON key holds a secret or a token.
    static func isSecretKey(_ key: String) -> Bool {
        let key = key.lowercased()
        return key.contains("secret") || key == "token" || key == "zak" || key.hasSuffix("access_token")
            || key.hasSuffix("refresh_token") || key.hasSuffix("id_token") || key == "signature"
            || key == "client_assertion"
    }

    /// Whether a form or query field holds a secret: the JSON keys plus passwords and codes.
    static func isSecretField(_ key: String) -> Bool {
        isSecretKey(key) || ["password", "code", "assertion", "pwd"].contains(key.lowercased())
    }

    private static func redactQuery(of url: String, hiding isSecret: (String) -> Bool = isSecretField) -> String {
        guard let mark = url.firstIndex(of: "?") else { return url }
        let query = url[url.index(after: mark)...]
        let fragmentStart = query.firstIndex(of: "#") ?? query.endIndex
        let items = query[..<fragmentStart].split(separator: "&", omittingEmptySubsequences: false)
        var changed = false
        let redacted = items.map { item -> String in
            let name = item.split(separator: "=", maxSplits: 1).first.map { PercentEncoding.decode($0) } ?? ""
            guard isSecret(name), item.contains("=") else { return String(item) }
            changed = true
            return "\(item.split(separator: "=", maxSplits: 1)[0])=\(placeholder)"
        }
        guard changed else { return url }
        return String(url[...mark]) + redacted.joined(separator: "&") + String(query[fragmentStart...])
    }

    private static func redactBody(_ body: Data, contentType: String?) -> Data {
        guard !body.isEmpty else { return body }
        let type = BodyExcerpt.mediaType(contentType)
        if type == "application/x-www-form-urlencoded" {
            let text = String(decoding: body, as: UTF8.self)
            let pairs = PercentEncoding.parseForm(Substring(text))
            guard pairs.contains(where: { isSecretField($0.0) }) else { return body }
            let items = pairs.map { (name, value) in
                PercentEncoding.encode(name) + "=" + (isSecretField(name) ? placeholder : PercentEncoding.encode(value))
            }
            return Data(items.joined(separator: "&").utf8)
        }
        let first = body.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "["), let json = try? JSONValue(parsing: body)
        else { return body }
        var changed = false
        let redacted = redactJSON(json, changed: &changed)
        return changed ? redacted.data : body
    }

    private static func redactJSON(_ value: JSONValue, changed: inout Bool) -> JSONValue {
        switch value {
        case .object(let object):
            var copy = JSONObject()
            for (key, item) in object {
                if isSecretKey(key), item != .null {
                    copy[key] = .string(placeholder)
                    changed = true
                } else {
                    copy[key] = redactJSON(item, changed: &changed)
                }
            }
            return .object(copy)
        case .array(let items):
            return .array(items.map { redactJSON($0, changed: &changed) })
        case .string(let text) where text.hasPrefix("http") && text.contains("?"):
            // `start_url` carries the host's `zak` token; a join URL's `pwd` stays readable.
            let redacted = redactQuery(of: text, hiding: isSecretKey)
            if redacted != text { changed = true }
            return .string(redacted)
        default:
            return value
        }
    }
}
