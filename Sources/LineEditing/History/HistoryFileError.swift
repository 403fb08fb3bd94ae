/// A history file could not be read or written. The history goes on in memory.
public struct HistoryFileError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The history file.
    public var path: String
    /// What was attempted, e.g. `read`, `append to`, `compact`.
    public var operation: String
    /// The system's reason, e.g. `Permission denied`.
    public var reason: String

    /// Creates an error.
    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// E.g. `cannot append to history file /home/ann/.local/state/zoomsh/history: No space left on device`.
    public var description: String {
        "cannot \(operation) history file \(path): \(reason)"
    }
}
