/// A configuration problem: a bad or unsafe config file, a bad flag value, missing credentials.
/// zoomsh exits with code 4 on it.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message, naming the problem and what to do.
    public var message: String

    /// A configuration error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
