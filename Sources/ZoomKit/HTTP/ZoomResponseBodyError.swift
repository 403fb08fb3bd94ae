import Foundation
import ZoomModels

/// A success (2xx) answer whose body is not the JSON that was expected: an HTML page from a
/// proxy or captive portal, XML, plain text, or JSON cut short.
///
/// `Zoom answered 200 (text/html), not JSON: "<html><head>…"`.
public struct ZoomResponseBodyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// The media type of the `Content-Type` header (`text/html`), lower-cased; nil without one.
    public var contentType: String?
    /// The start of the body, on one line.
    public var excerpt: String
    /// Why the body could not be read as JSON (`invalid JSON at byte 6: unexpected end of input`).
    public var problem: String

    /// An error.
    public init(status: Int, contentType: String?, excerpt: String, problem: String) {
        self.status = status
        self.contentType = contentType
        self.excerpt = excerpt
        self.problem = problem
    }

    /// The error for `body`, which `parseError` says is not JSON.
    init(status: Int, headers: [HTTPHeader], body: Data, parseError: JSONParseError) {
        self.init(
            status: status, contentType: BodyExcerpt.mediaType(headers["Content-Type"]),
            excerpt: BodyExcerpt.make(body), problem: parseError.description)
    }

    /// Whether the content type says JSON (`application/json`, `application/problem+json`).
    private var claimsJSON: Bool {
        guard let contentType else { return false }
        return contentType.hasSuffix("/json") || contentType.hasSuffix("+json")
    }

    public var description: String {
        let type = contentType ?? "no content type"
        if claimsJSON {
            return "Zoom answered \(status) (\(type)) with a body that is not valid JSON (\(problem)): \"\(excerpt)\""
        }
        return "Zoom answered \(status) (\(type)), not JSON: \"\(excerpt)\""
    }
}
