import Foundation
import ZoomModels

/// A call to Zoom's REST API relative to the base URL: method, path, query and JSON body.
public struct ZoomRequest: Sendable, Hashable {
    /// The method, upper case.
    public var method: String
    /// The path below the base URL, starting with `/` (`/users/me/meetings`), already encoded.
    public var path: String
    /// Query items in order; values are percent-encoded when the URL is built.
    public var query: [QueryItem]
    /// The JSON body, if any.
    public var body: JSONValue?

    /// A request.
    public init(method: String, path: String, query: [QueryItem] = [], body: JSONValue? = nil) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.body = body
    }

    /// Whether repeating the request cannot duplicate its effect (everything but POST).
    public var isIdempotent: Bool { method != "POST" }
}

/// Zoom's answer to a `ZoomRequest` with a success status.
public struct ZoomResponse: Sendable, Hashable {
    /// The HTTP status (200, 201, 204).
    public var status: Int
    /// The response headers.
    public var headers: [HTTPHeader]
    /// The body as received.
    public var body: Data

    /// A response.
    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as JSON, or nil when it is empty.
    ///
    /// - Throws: `ZoomResponseBodyError` (status, content type and the start of the body) when
    ///   the body is not JSON.
    public func json() throws(ZoomResponseBodyError) -> JSONValue? {
        if body.isEmpty { return nil }
        do {
            return try JSONValue(parsing: body)
        } catch {
            throw ZoomResponseBodyError(status: status, headers: headers, body: body, parseError: error)
        }
    }

    /// The `x-zm-trackingid` header, if present.
    public var trackingID: String? { headers["x-zm-trackingid"] }
}
