/// Authentication failed: credentials refused, a token endpoint that could not be used, a
/// secret unfit for signing, or a token that expired and could not be refreshed.
///
/// The message names the problem and what to check; it never contains a secret or a token.
public struct AuthError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable, Hashable {
        /// Zoom refused the credentials (wrong client ID, secret or account ID).
        case credentialsRefused
        /// The credentials or settings cannot work as given (a secret too short, a bad URL…).
        case invalidConfiguration
        /// The token endpoint could not be reached.
        case unreachable
        /// The token endpoint answered with something that is not a token.
        case badResponse
        /// Zoom refused a token and getting a new one failed.
        case refreshFailed
        /// A token that cannot be renewed (a static token) was refused by Zoom.
        case tokenRefused
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// One line for people: the problem and what to check.
    public var message: String
    /// The HTTP status of the token endpoint's answer, if there was one.
    public var httpStatus: Int?
    /// Zoom's numeric error code (`4702`…), if the answer had one.
    public var zoomCode: Int?
    /// The OAuth `error` name (`invalid_client`…), if the answer had one.
    public var oauthError: String?

    /// An authentication error.
    public init(
        kind: Kind,
        message: String,
        httpStatus: Int? = nil,
        zoomCode: Int? = nil,
        oauthError: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.httpStatus = httpStatus
        self.zoomCode = zoomCode
        self.oauthError = oauthError
    }

    public var description: String { message }

    /// The error for "Zoom refused the token and getting a fresh one failed with `underlying`".
    static func refreshFailed(_ underlying: any Error) -> AuthError {
        let reason = (underlying as? AuthError)?.message ?? String(describing: underlying)
        var error = AuthError(kind: .refreshFailed, message: "token expired and refresh failed: \(reason)")
        if let auth = underlying as? AuthError {
            error.httpStatus = auth.httpStatus
            error.zoomCode = auth.zoomCode
            error.oauthError = auth.oauthError
        }
        return error
    }
}
