import Foundation
import ZoomModels

extension ZoomRequest {
    /// A request to any path of the API, as a person types it: `GET /users/me/settings`,
    /// `GET users/me/meetings?type=live` (the query is split into items), with an optional
    /// JSON body. Characters that cannot stand in a path (blanks) are percent-encoded unless
    /// the path is already encoded.
    public static func raw(method: String, path: String, body: JSONValue? = nil) throws(ZoomArgumentError)
        -> ZoomRequest
    {
        let verb = method.uppercased()
        guard !verb.isEmpty, verb.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw ZoomArgumentError(
                argument: "method", message: "'\(method)' is not an HTTP method such as GET or POST")
        }
        var text = path.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            throw ZoomArgumentError(argument: "path", message: "is empty: use a path such as /users/me")
        }
        if !text.hasPrefix("/") { text = "/" + text }
        var query: [QueryItem] = []
        if let mark = text.firstIndex(of: "?") {
            let queryText = text[text.index(after: mark)...]
            text = String(text[..<mark])
            for pair in queryText.split(separator: "&") where !pair.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
                query.append(QueryItem(name, value))
            }
        }
        if !text.contains("%") {
            text = text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? text
        }
        return ZoomRequest(method: verb, path: text, query: query, body: body)
    }
}

/// The whole answer to a raw request: status, headers and the body as JSON when it is JSON.
public struct ZoomRawResponse: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The response headers.
    public var headers: [HTTPHeader]
    /// The body as received.
    public var body: Data
    /// The body as JSON; nil when it is empty or not JSON.
    public var json: JSONValue?

    /// A raw response.
    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
        self.json = body.isEmpty ? nil : try? JSONValue(parsing: body)
    }

    /// The body as text (UTF-8).
    public var text: String { String(decoding: body, as: UTF8.self) }
}

extension ZoomClient {
    /// Sends `method` to any path of the API (`api METHOD PATH [JSON]`) and returns the whole
    /// answer. The path may be relative to the base URL (`/users/me`), start with the base
    /// URL's own path (`/v2/users/me`), or be a full URL under the base URL.
    public func rawRequest(method: String, path: String, body: JSONValue? = nil) async throws -> ZoomRawResponse {
        let response = try await send(.raw(method: method, path: try relativePath(path), body: body))
        return ZoomRawResponse(status: response.status, headers: response.headers, body: response.body)
    }

    func relativePath(_ path: String) throws(ZoomArgumentError) -> String {
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        if trimmed.lowercased().hasPrefix("http://") || trimmed.lowercased().hasPrefix("https://") {
            guard trimmed.hasPrefix(base) else {
                throw ZoomArgumentError(argument: "path", message: "'\(trimmed)' is not under the API base URL \(base)")
            }
            return String(trimmed.dropFirst(base.count))
        }
        // `/v2/users/me` against `https://api.zoom.us/v2`: drop the base URL's own path.
        if let basePath = URL(string: base)?.path, !basePath.isEmpty, basePath != "/",
            trimmed.hasPrefix(basePath + "/")
        {
            return String(trimmed.dropFirst(basePath.count))
        }
        return trimmed
    }
}
