import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ZoomModels

/// The network transport, on AsyncHTTPClient: pooled keep-alive connections, a connect
/// timeout, a whole-request deadline, and cancellation of the request when the calling Task
/// is cancelled. Redirects are not followed (an `Authorization` header must not travel on).
///
/// Errors are `TransportError`s whose `mayHaveReachedServer` is false only when no connection
/// could be made.
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// Settings of a transport's own `HTTPClient`.
    public struct Configuration: Sendable, Hashable {
        /// How long making a connection (TCP and TLS) may take.
        public var connectTimeout: Duration
        /// How long the server may stay silent while a response is awaited; nil for no limit
        /// beyond the request timeout.
        public var readTimeout: Duration?
        /// The largest response body accepted, in bytes.
        public var maximumResponseSize: Int

        /// Settings; by default a 10 s connect timeout and bodies up to 64 MiB.
        public init(
            connectTimeout: Duration = .seconds(10), readTimeout: Duration? = nil,
            maximumResponseSize: Int = 64 << 20
        ) {
            self.connectTimeout = connectTimeout
            self.readTimeout = readTimeout
            self.maximumResponseSize = maximumResponseSize
        }
    }

    /// The process-wide transport with the default configuration; it is never shut down.
    public static let shared = AsyncHTTPClientTransport(configuration: Configuration(), canBeShutDown: false)

    private let client: HTTPClient
    private let maximumResponseSize: Int
    private let canBeShutDown: Bool

    /// A transport with its own connection pool; call `shutdown()` when done with it.
    public convenience init(configuration: Configuration = Configuration()) {
        self.init(configuration: configuration, canBeShutDown: true)
    }

    private init(configuration: Configuration, canBeShutDown: Bool) {
        var pool = HTTPClient.Configuration.ConnectionPool()
        // Fail at once when a connection cannot be made: the client decides about retries,
        // knowing that nothing was sent.
        pool.retryConnectionEstablishment = false
        let httpConfiguration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: HTTPClient.Configuration.Timeout(
                connect: configuration.connectTimeout.timeAmount, read: configuration.readTimeout?.timeAmount),
            connectionPool: pool,
            decompression: .disabled)
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: httpConfiguration)
        maximumResponseSize = configuration.maximumResponseSize
        self.canBeShutDown = canBeShutDown
    }

    /// Closes the connections. The shared transport ignores this.
    public func shutdown() async throws {
        guard canBeShutDown else { return }
        try await client.shutdown()
    }

    public func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        // One deadline for the whole exchange: AsyncHTTPClient drops its own once the head has
        // arrived, so the body is collected under a deadline of ours.
        let deadline = ContinuousClock.now + timeout
        do {
            let response = try await client.execute(outgoing, timeout: timeout.timeAmount)
            let body = try await Self.collect(response.body, upTo: maximumResponseSize, before: deadline)
            return HTTPResponseData(
                status: Int(response.status.code),
                headers: response.headers.map { HTTPHeader($0.name, $0.value) },
                body: Data(body.readableBytesView))
        } catch {
            throw Self.transportError(for: error, request: request, timeout: timeout)
        }
    }
}

extension Duration {
    /// The duration as a NIO `TimeAmount`, saturated at about 292 years either way.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        let limit = Int64.max / 1_000_000_000 - 1
        guard seconds < limit else { return .nanoseconds(.max) }
        guard seconds > -limit else { return .nanoseconds(.min) }
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
