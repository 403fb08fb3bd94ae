import TerminalText

/// One problem found in a script, with the place it was found and the text of that line.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in words (no location prefix).
    public var message: String
    /// The full text of the source line the location is on (without its line break).
    public var sourceLine: String
    /// True when the problem is only that the input stopped too early (an open quote, a `\`
    /// at the end): a REPL reads another line instead of reporting it.
    public var isIncompleteInput: Bool
    /// False when the line may hold a secret (an `auth` line, a token): `rendered` then shows
    /// the location and the message only, and `sourceLine` is empty.
    public var showsSourceLine = true

    /// A diagnostic from its parts.
    public init(location: SourceLocation, message: String, sourceLine: String, isIncompleteInput: Bool = false) {
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
        self.isIncompleteInput = isIncompleteInput
    }

    /// A diagnostic whose source line is taken from `source` at `location.offset`.
    public init(location: SourceLocation, message: String, source: String, isIncompleteInput: Bool = false) {
        self.init(
            location: location, message: message,
            sourceLine: SourceLines.line(in: source, containingOffset: location.offset),
            isIncompleteInput: isIncompleteInput)
    }

    /// `FILE:LINE:COL: message`, then the source line, then a caret under the column.
    ///
    /// Both are sanitized for a terminal (see `TextSanitizer`). Tabs before the column are kept so
    /// the caret lines up; a line wider than `TextWindow.sourceLineWidth` columns is cut to a window
    /// around the column, with `…` marking the cuts, and a message line wider than
    /// `TextWindow.messageLineWidth` (one quoting a huge value) is cut in its middle.
    public var rendered: String {
        let message = TextWindow.cappingLines(message)
        guard showsSourceLine else { return "\(location): \(message)" }
        let (line, caretPadding) = TextWindow.around(sourceLine, column: location.column)
        return "\(location): \(message)\n\(line)\n\(caretPadding)^"
    }

    /// Same as `rendered`.
    public var description: String { rendered }

    /// The same diagnostic without its source line (see `showsSourceLine`).
    public func hidingSourceLine() -> Diagnostic {
        var copy = self
        copy.sourceLine = ""
        copy.showsSourceLine = false
        return copy
    }
}

/// Every syntax error of a script: nothing of the script runs when parsing throws this.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    /// The diagnostics in source order, at most `ScriptParser.maximumDiagnostics` of them.
    public var diagnostics: [Diagnostic]
    /// How many further problems were found and not listed.
    public var omittedCount: Int

    /// An error from its diagnostics.
    public init(diagnostics: [Diagnostic], omittedCount: Int = 0) {
        self.diagnostics = diagnostics
        self.omittedCount = omittedCount
    }

    /// True when every problem is input that ended too early (see `Diagnostic.isIncompleteInput`):
    /// a REPL should read a continuation line and parse again.
    public var isIncompleteInput: Bool {
        !diagnostics.isEmpty && omittedCount == 0 && diagnostics.allSatisfy(\.isIncompleteInput)
    }

    /// All rendered diagnostics, one after the other, and a last line counting the omitted ones.
    public var rendered: String {
        var parts = diagnostics.map(\.rendered)
        if omittedCount > 0 {
            parts.append("… and \(omittedCount) more error\(omittedCount == 1 ? "" : "s")")
        }
        return parts.joined(separator: "\n")
    }

    /// Same as `rendered`.
    public var description: String { rendered }
}
