/// Why a sandbox could not start (or keep its state).
public struct SandboxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The port is taken by another process.
        public static let portInUse = Kind("port in use")
        /// The configuration names a host other than 127.0.0.1.
        public static let hostNotAllowed = Kind("host not allowed")
        /// A configuration value is out of range or inconsistent.
        public static let invalidConfiguration = Kind("invalid configuration")
        /// The state file cannot be read or written.
        public static let stateFile = Kind("state file")
        /// The server failed to start for another reason.
        public static let startFailed = Kind("start failed")

        public var description: String { name }
    }

    /// The kind of problem.
    public var kind: Kind
    /// A sentence for people that names the problem and what is allowed.
    public var message: String

    /// An error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
