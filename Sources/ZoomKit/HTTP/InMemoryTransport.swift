import Foundation
import Synchronization
import ZoomModels

/// A transport that answers from a closure and records every request: for tests, and for
/// callers that want to see what would be sent.
public final class InMemoryTransport: HTTPTransport {
    /// Answers one request, or throws a `TransportError` to simulate a network failure.
    public typealias Handler = @Sendable (HTTPRequestData) async throws -> HTTPResponseData

    private let handler: Handler
    private let recorded = Mutex<[(request: HTTPRequestData, timeout: Duration)]>([])

    /// A transport answering with `handler`.
    public init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    /// Every request received, in order (those whose handler threw included).
    public var requests: [HTTPRequestData] { recorded.withLock { $0.map(\.request) } }

    /// The timeout each request was sent with, in order.
    public var timeouts: [Duration] { recorded.withLock { $0.map(\.timeout) } }

    /// Forgets the recorded requests.
    public func clear() { recorded.withLock { $0.removeAll() } }

    public func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        recorded.withLock { $0.append((request, timeout)) }
        if Task.isCancelled {
            throw TransportError(kind: .cancelled, message: "the request was cancelled", mayHaveReachedServer: false)
        }
        do {
            return try await handler(request)
        } catch let error as TransportError {
            throw error
        } catch is CancellationError {
            throw TransportError(kind: .cancelled, message: "the request was cancelled", mayHaveReachedServer: true)
        } catch {
            throw TransportError(kind: .other, message: String(describing: error), mayHaveReachedServer: true)
        }
    }
}

extension HTTPResponseData {
    /// A JSON response (`Content-Type: application/json`).
    public static func json(_ status: Int = 200, _ body: String, headers: [HTTPHeader] = []) -> HTTPResponseData {
        HTTPResponseData(
            status: status, headers: [HTTPHeader("Content-Type", "application/json")] + headers, body: Data(body.utf8))
    }

    /// A JSON response from a value.
    public static func json(_ status: Int = 200, _ value: JSONValue, headers: [HTTPHeader] = []) -> HTTPResponseData {
        json(status, value.compactText, headers: headers)
    }
}
