import AsyncHTTPClient
import NIOCore

extension AsyncHTTPClientTransport {
    /// The whole body, or `HTTPClientError.deadlineExceeded` when it has not all arrived by
    /// `deadline` (a server that sends the head and then stalls). Losing the race cancels the
    /// collection, which cancels the request and closes its connection.
    static func collect(
        _ body: HTTPClientResponse.Body, upTo maximumSize: Int, before deadline: ContinuousClock.Instant
    ) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: maximumSize) }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw HTTPClientError.deadlineExceeded
            }
            return buffer
        }
    }
}
