import TerminalText
import ZoomModels

/// What completion knows of a session: a snapshot taken after each command, so that
/// completing is a pure function of the line, the cursor and this value.
public struct CompletionContext: Sendable {
    /// Variables and their values (`last`, `status`, `let` variables, `1`…).
    public var variables: [String: JSONValue]
    /// Meeting ids seen in the session, with their topics.
    public var meetings: [Int64: String]
    /// Where relative paths are read from.
    public var workingDirectory: String
    /// The configured profiles, for `profile NAME`.
    public var profileNames: [String]
    /// The draft's fields that are set (and `host` when it was changed), for `unset`.
    public var setFields: [String]
    /// The home directory `~/` stands for (the session's `$HOME`); nil = the process's.
    public var homeDirectory: String?

    /// A snapshot.
    public init(
        variables: [String: JSONValue] = [:], meetings: [Int64: String] = [:], workingDirectory: String = ".",
        profileNames: [String] = [], setFields: [String] = [], homeDirectory: String? = nil
    ) {
        self.variables = variables
        self.meetings = meetings
        self.workingDirectory = workingDirectory
        self.profileNames = profileNames
        self.setFields = setFields
        self.homeDirectory = homeDirectory
    }
}

/// The candidates for the word at the cursor, which starts at `start` (in `Character`s).
public struct CompletionResult: Sendable, Hashable {
    /// Where the word being completed starts, in `Character`s from the start of the line.
    public var start: Int
    /// The candidates, in order.
    public var items: [CompletionCandidate]

    /// A result.
    public init(start: Int, items: [CompletionCandidate]) {
        self.start = start
        self.items = items
    }
}
