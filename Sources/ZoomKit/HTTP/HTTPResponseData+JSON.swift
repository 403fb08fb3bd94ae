import Foundation
import ZoomModels

// What `ZoomClient.send` returns for a `ZoomRequest` with a success status is the transport's
// response itself: its body read as JSON here.
extension HTTPResponseData {
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
