/// One possible completion of the word at the cursor.
public struct CompletionCandidate: Sendable, Hashable {
    /// The text that replaces the word being completed, e.g. `settings.` or `85746065432`.
    public var text: String
    /// A short explanation shown next to the candidate in a list, e.g. a meeting's topic.
    public var description: String?
    /// Whether a space follows the text when it is the only candidate: `true` for a whole word,
    /// `false` for a prefix that goes on (`settings.`, `dir/`, `key=`).
    public var appendsSpace: Bool

    /// Creates a candidate. By default a space is appended unless `text` ends with `.`, `/`, `=` or `:`.
    public init(_ text: String, description: String? = nil, appendsSpace: Bool? = nil) {
        self.text = text
        self.description = description
        self.appendsSpace = appendsSpace ?? !(text.last.map { ".:/=".contains($0) } ?? false)
    }
}

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
