/// One possible completion of the word at the cursor: what the shell's completer proposes and what
/// the line editor inserts or lists.
public struct CompletionCandidate: Sendable, Hashable {
    /// The text that replaces the word being completed, e.g. `settings.` or `85746065432`.
    public var text: String
    /// A short explanation shown next to the candidate in a list, e.g. a meeting's topic or a
    /// field's type.
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
