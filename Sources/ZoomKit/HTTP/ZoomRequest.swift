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
