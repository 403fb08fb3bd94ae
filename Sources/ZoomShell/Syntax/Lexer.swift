/// The words of one command as lexed, before the command table is consulted.
public struct LexedCommand: Sendable, Hashable {
    /// The words, the command name first. Never empty.
    public var words: [Word]
    /// Where the first word starts.
    public var location: SourceLocation
    /// The source text from the first word's start to the last word's end.
    public var text: String
    /// The UTF-8 offset just past the last word.
    public var endOffset: Int
    /// Whether the input ended inside this command (an open quote, a final `\`): the parser
    /// reports only that, not the command's arity or options.
    public var isIncomplete: Bool
}

/// The result of lexing a source: the commands found and any lexical problems. Lexing never
/// fails outright; completion and highlighting can use the words of a broken line.
public struct LexedScript: Sendable, Hashable {
    /// The file name given.
    public var file: String
    /// The source.
    public var source: String
    /// The commands in order.
    public var commands: [LexedCommand]
    /// Lexical problems in source order (at most `Lexer.maximumDiagnostics`).
    public var diagnostics: [Diagnostic]
    /// How many further problems were found and not kept.
    public var omittedCount: Int

    /// True when there are problems and all of them are input ending too early.
    public var isIncompleteInput: Bool {
        !diagnostics.isEmpty && omittedCount == 0 && diagnostics.allSatisfy(\.isIncompleteInput)
    }
}

/// Splits source text into commands and words (see DESIGN.md, "The command language").
///
/// - A line break or `;` outside quotes ends a command; empty commands are skipped.
/// - A `#` that begins a word, outside quotes, starts a comment to the end of the line
///   (`a#b` is one word).
/// - `\` followed by a line break joins the lines; elsewhere outside quotes `\x` is a literal `x`.
/// - `'…'` is literal and may span lines; `"…"` may span lines, takes `\" \\ \n \t \$` (and
///   `\` + line break, removed) and expands variables.
/// - `$name`, `$name.field.0`, `${name}`, `${name.field}`, `$1`, `$#`, `$@`, `$?`.
/// - A UTF-8 byte order mark at the very start (as some editors write) is ignored.
public enum Lexer {
    /// The most diagnostics kept for one source.
    public static let maximumDiagnostics = 50

    /// Lexes `source`; `file` names it in locations.
    public static func lex(_ source: String, file: String = "<input>") -> LexedScript {
        let source = withoutByteOrderMark(source)
        var scanner = LexScanner(source: source, file: file)
        let commands = scanner.run()
        return LexedScript(
            file: file, source: source, commands: commands, diagnostics: scanner.diagnostics,
            omittedCount: scanner.omittedCount)
    }

    /// `source` without a leading byte order mark (U+FEFF).
    public static func withoutByteOrderMark(_ source: String) -> String {
        guard source.unicodeScalars.first == "\u{FEFF}" else { return source }
        return String(String.UnicodeScalarView(source.unicodeScalars.dropFirst()))
    }
}
