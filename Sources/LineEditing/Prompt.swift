import TerminalText

/// The prompt shown before a line: its text, an optional style and the text of continuation lines.
///
/// The caller asks for the next line of a command that ended with `\` with ``continuation``.
public struct Prompt: Sendable, Hashable {
    /// The text shown, e.g. `zoomsh> `. Control characters are not shown.
    public var text: String
    /// The style of the text; applied only when the reader's ``TerminalStyle`` allows colour.
    public var style: TextStyle?
    /// The text of the continuation prompt.
    public var continuationText: String

    /// Creates a prompt; the continuation text defaults to `...> ` right-aligned under `text`.
    public init(_ text: String, style: TextStyle? = nil, continuationText: String? = nil) {
        self.text = text
        self.style = style
        self.continuationText = continuationText ?? Prompt.defaultContinuation(for: text)
    }

    /// The prompt for a continuation line: the continuation text in the same style.
    public var continuation: Prompt {
        Prompt(continuationText, style: style, continuationText: continuationText)
    }

    /// `...> `, padded on the left to the display width of `text` so that continuation lines align.
    public static func defaultContinuation(for text: String) -> String {
        let marker = "...> "
        let width = DisplayWidth.of(TextSanitizer.singleLine(text))
        return String(repeating: " ", count: max(0, width - marker.count)) + marker
    }
}
