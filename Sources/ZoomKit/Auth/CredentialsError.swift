/// A set of credentials is incomplete or unusable: it names what is missing.
public struct CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line for people: what is missing and how to supply it.
    public var message: String
    /// The environment variables (`ZOOM_CLIENT_SECRET`…) that are missing or empty.
    public var missing: [String]

    /// A credentials error.
    public init(message: String, missing: [String] = []) {
        self.message = message
        self.missing = missing
    }

    public var description: String { message }
}
