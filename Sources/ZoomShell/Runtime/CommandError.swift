/// A command that failed: what went wrong, in one line, and what to do about it.
public struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure; it decides the exit code of a script that stops on it.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The command was used wrongly (a bad value, a missing argument).
        public static let usage = Kind("usage")
        /// The command ran and failed (Zoom said no, the network failed, an assertion failed).
        public static let failed = Kind("failed")
        /// Authentication failed or no credentials were given.
        public static let authentication = Kind("authentication")
        /// The configuration is wrong (a profile, a file).
        public static let configuration = Kind("configuration")
        /// The command was cancelled (Ctrl-C).
        public static let cancelled = Kind("cancelled")

        public var description: String { name }
    }

    /// The kind of failure.
    public var kind: Kind
    /// The message, naming the problem and what is allowed.
    public var message: String

    /// A failure.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A usage error.
    public static func usage(_ message: String) -> CommandError { CommandError(.usage, message) }
    /// A failure.
    public static func failed(_ message: String) -> CommandError { CommandError(.failed, message) }

    public var description: String { message }

    /// The exit code a script that stops on this error ends with.
    var exitCode: ExitCode {
        kind == .authentication || kind == .configuration ? .authOrConfig : .scriptStopped
    }
}
