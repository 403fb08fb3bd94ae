import TerminalText

/// The completions of the word at the cursor.
public struct Completion: Sendable, Hashable {
    /// Where the word being completed starts, as a number of `Character`s from the start of the line
    /// (at most the cursor offset). The word is the text from `start` to the cursor.
    public var start: Int
    /// The candidates, in the order they are listed.
    public var candidates: [CompletionCandidate]

    /// Creates a completion.
    public init(start: Int, candidates: [CompletionCandidate]) {
        self.start = start
        self.candidates = candidates
    }

    /// No candidate at all (Tab beeps).
    public static let none = Completion(start: 0, candidates: [])
}

/// Computes the completions for a line: `line` is the whole edited line, `cursor` the cursor position
/// as a number of `Character`s from its start.
public typealias CompletionProvider = @Sendable (_ line: String, _ cursor: Int) -> Completion
