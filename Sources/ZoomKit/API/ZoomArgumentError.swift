/// An argument that a Zoom call refuses before sending anything (a page size over Zoom's
/// maximum, a malformed date, an empty user ID, a path outside the API).
public struct ZoomArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The argument's name (`page_size`, `from`, `userId`, `path`).
    public var argument: String
    /// What is wrong and what is allowed.
    public var message: String

    /// An error.
    public init(argument: String, message: String) {
        self.argument = argument
        self.message = message
    }

    public var description: String { "\(argument): \(message)" }
}
