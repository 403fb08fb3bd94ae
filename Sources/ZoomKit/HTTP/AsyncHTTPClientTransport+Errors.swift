import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension AsyncHTTPClientTransport {
    /// Maps an AsyncHTTPClient or NIO error to a `TransportError`. Only failures to make a
    /// connection say the request surely never left.
    static func transportError(for error: any Error, request: HTTPRequestData, timeout: Duration) -> TransportError {
        let target = hostDescription(request.url)
        func connectFailed(_ detail: String) -> TransportError {
            TransportError(
                kind: .connectFailed, message: "could not connect to \(target): \(detail)",
                mayHaveReachedServer: false)
        }
        func closed(_ detail: String) -> TransportError {
            TransportError(
                kind: .connectionClosed,
                message: "\(target) \(detail) before the whole response arrived",
                mayHaveReachedServer: true)
        }
        if error is CancellationError {
            return TransportError(kind: .cancelled, message: "the request was cancelled", mayHaveReachedServer: true)
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled:
                return TransportError(
                    kind: .cancelled, message: "the request was cancelled", mayHaveReachedServer: true)
            case .connectTimeout, .tlsHandshakeTimeout:
                return connectFailed("no connection within the connect timeout")
            case .readTimeout, .deadlineExceeded:
                return TransportError(
                    kind: .timedOut,
                    message: "no complete response from \(target) within \(timeout.shortText)",
                    mayHaveReachedServer: true)
            case .remoteConnectionClosed:
                return closed("closed the connection")
            case .invalidURL, .emptyHost, .emptyScheme:
                return TransportError(
                    kind: .invalidURL, message: "cannot use the URL \(request.url): \(error)",
                    mayHaveReachedServer: false)
            default:
                break
            }
        }
        if let error = error as? NIOConnectionError {
            if let dns = error.dnsAError ?? error.dnsAAAAError, error.connectionErrors.isEmpty {
                return connectFailed("the host name could not be resolved (\(dns))")
            }
            let reasons = error.connectionErrors.map { describe($0.error) }
            return connectFailed(reasons.isEmpty ? "\(error)" : reasons.joined(separator: "; "))
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return connectFailed("no connection within the connect timeout")
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL:
                return connectFailed(describe(error))
            case ECONNRESET, EPIPE:
                return closed("reset the connection")
            default:
                break
            }
        }
        if let error = error as? NIOSSLError, case .handshakeFailed = error {
            return connectFailed("the TLS handshake failed (\(error))")
        }
        if error is NIOTooManyBytesError {
            return TransportError(
                kind: .other, message: "the response from \(target) is too large",
                mayHaveReachedServer: true)
        }
        return TransportError(
            kind: .other, message: "the request to \(target) failed: \(error)",
            mayHaveReachedServer: true)
    }

    /// The system's text for an `IOError` (`Connection refused`), else the error's description.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        return String(cString: strerror(error.errnoCode))
    }

    /// `host:port` of a URL, for messages.
    private static func hostDescription(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        return String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }
}
