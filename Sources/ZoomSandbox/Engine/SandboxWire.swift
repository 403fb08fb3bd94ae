import Foundation
import ZoomModels

/// A request as the engine sees it, independent of the HTTP server.
struct SandboxRequest: Sendable {
    /// The method, upper case.
    var method: String
    /// The path, percent-encoded as received, without the query.
    var path: String
    /// The query items, decoded, in order.
    var query: [QueryItem]
    /// The header fields.
    var headers: [HTTPHeader]
    /// The body.
    var body: Data

    init(method: String, target: String, headers: [HTTPHeader], body: Data = Data()) {
        self.method = method.uppercased()
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.path = parts.first.map(String.init) ?? "/"
        self.query = parts.count > 1 ? FormDecoding.items(String(parts[1])) : []
        self.headers = headers
        self.body = body
    }

    /// The last value of query item `name`.
    func queryValue(_ name: String) -> String? { query.last { $0.name == name }?.value }

    /// The path split into decoded segments (`/v2/users/me` → `["v2", "users", "me"]`).
    var segments: [String] {
        path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
    }

    /// Whether errors should be JSON: the client accepts `application/json`. Zoom answers
    /// errors in XML otherwise (no `Accept`, `*/*`, `application/xml`).
    var acceptsJSON: Bool {
        guard let accept = headers["Accept"] else { return false }
        return accept.split(separator: ",").contains { range in
            let type = range.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return type.lowercased() == "application/json"
        }
    }
}

/// A response as the engine produces it.
struct SandboxResponse: Sendable {
    /// The status code.
    var status: Int
    /// The header fields.
    var headers: [HTTPHeader]
    /// The body.
    var body: Data
    /// Close the connection instead of answering (the request was processed).
    var dropConnection = false

    init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON answer.
    static func json(_ status: Int, _ value: JSONValue) -> SandboxResponse {
        SandboxResponse(
            status: status, headers: [HTTPHeader("Content-Type", "application/json;charset=UTF-8")], body: value.data)
    }

    /// An answer without a body (204).
    static let noContent = SandboxResponse(status: 204)
}

/// `application/x-www-form-urlencoded` and query strings.
enum FormDecoding {
    /// The items of `name=value&…`, with `+` as a space and percent escapes decoded.
    static func items(_ text: String) -> [QueryItem] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return QueryItem(decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
