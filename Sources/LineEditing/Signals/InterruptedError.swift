/// Ctrl-C pressed while an operation ran under ``InterruptMonitor/cancellingOnInterrupt(_:)``.
public struct InterruptedError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Creates the error.
    public init() {}

    /// `interrupted`.
    public var description: String { "interrupted" }
}
