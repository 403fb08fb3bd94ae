/// A JWT could not be signed as asked: a secret too short, a claim out of range.
public struct JWTSigningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line for people: what is wrong and what is allowed.
    public var message: String

    /// A signing error.
    public init(message: String) { self.message = message }

    public var description: String { message }
}

/// A JWT could not be read: not three base64url parts, not JSON, or an algorithm that cannot be
/// checked with a secret.
public struct JWTDecodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line for people: what is wrong with the token.
    public var message: String

    /// A decoding error.
    public init(message: String) { self.message = message }

    public var description: String { message }
}
