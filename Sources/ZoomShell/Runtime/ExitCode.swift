/// zoomsh's exit codes.
public struct ExitCode: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    public init(_ value: Int32) { self.rawValue = value }

    /// 0: everything worked.
    public static let success = ExitCode(0)
    /// 1: a command failed (and nothing after it was skipped).
    public static let commandFailed = ExitCode(1)
    /// 2: a usage or syntax error; nothing was sent.
    public static let usage = ExitCode(2)
    /// 3: a script stopped on an error before its end.
    public static let scriptStopped = ExitCode(3)
    /// 4: an authentication or configuration error.
    public static let authOrConfig = ExitCode(4)

    public var description: String { String(rawValue) }
}
