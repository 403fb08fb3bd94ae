/// A request that got no HTTP response.
///
/// `mayHaveReachedServer` decides whether a non-idempotent request may be retried: it is
/// false only when the request surely never left (no connection could be made).
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// No connection could be made (refused, unreachable, name not resolved).
        case connectFailed
        /// No (whole) response arrived in time.
        case timedOut
        /// The connection closed or reset before the whole response arrived.
        case connectionClosed
        /// The caller cancelled the request.
        case cancelled
        /// The URL could not be used.
        case invalidURL
        /// Anything else.
        case other
    }

    /// What went wrong.
    public var kind: Kind
    /// A sentence for people, with the underlying error.
    public var message: String
    /// Whether the server may have received (and acted on) the request.
    public var mayHaveReachedServer: Bool

    /// A transport error.
    public init(kind: Kind, message: String, mayHaveReachedServer: Bool) {
        self.kind = kind
        self.message = message
        self.mayHaveReachedServer = mayHaveReachedServer
    }

    public var description: String { message }
}
