import Foundation
import ZoomModels

/// An HTTP request as a transport sends it: an absolute URL, headers and an optional body.
public struct HTTPRequestData: Sendable, Hashable {
    /// The method, upper case (`GET`, `POST`, …).
    public var method: String
    /// The absolute URL, with its query.
    public var url: String
    /// Header fields in order; names compare case-insensitively.
    public var headers: [HTTPHeader]
    /// The body, if any.
    public var body: Data?

    /// A request.
    public init(method: String, url: String, headers: [HTTPHeader] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response as a transport received it.
public struct HTTPResponseData: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Header fields in order.
    public var headers: [HTTPHeader]
    /// The whole body.
    public var body: Data

    /// A response.
    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends HTTP requests. The AsyncHTTPClient transport talks to the network; the in-memory
/// transport answers from a closure, for tests.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the whole response, or throws a `TransportError`.
    func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData
}
