/// A value that does not read as the kind expected (a time, a duration, a date, a recurrence,
/// a time zone). The message names the bad word and what is allowed.
public struct ValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// An error with a message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
