/// The line editor could not be started on this terminal.
public struct LineEditorError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(reason: String) {
        self.reason = reason
    }

    /// E.g. `cannot start the line editor: el_init failed`.
    public var description: String {
        "cannot start the line editor: \(reason)"
    }
}
