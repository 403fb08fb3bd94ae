import TerminalText
import ZoomModels

/// What a command produced: a JSON value (printed as is in json mode, kept in `$last`) and how
/// to show it to people in table and plain modes.
struct CommandResult: Sendable {
    /// How the value looks in table and plain modes.
    enum Presentation: Sendable {
        /// Nothing on standard output.
        case none
        /// Lines of text.
        case text(String)
        /// Key/value lines, a headline above them.
        case record(headline: String?, pairs: [(String, String)])
        /// A table.
        case table(columns: [String], rows: [[String]], footer: String?)
        /// The value, pretty JSON.
        case json
        /// Already printed while the command ran (a list streamed page by page).
        case streamed
    }

    /// The result document; nil when there is none.
    var value: JSONValue?
    /// How to show it.
    var presentation: Presentation
    /// Whether the value becomes `$last`.
    var setsLast: Bool
    /// A note for people, on standard error, shown in interactive sessions only.
    var note: String?
    /// Warnings, on standard error in every session (`warning: …`, one a line).
    var warnings: [String] = []

    init(
        value: JSONValue? = nil, presentation: Presentation = .none, setsLast: Bool = true, note: String? = nil,
        warnings: [String] = []
    ) {
        self.value = value
        self.presentation = presentation
        self.setsLast = setsLast
        self.note = note
        self.warnings = warnings
    }

    /// A line of text, with its value.
    init(text: String, value: JSONValue? = nil, setsLast: Bool = false) {
        self.init(value: value ?? .string(text), presentation: .text(text), setsLast: setsLast)
    }

    /// Whether the command printed its result itself.
    var isStreamed: Bool {
        if case .streamed = presentation { return true }
        return false
    }

    /// Nothing to print, perhaps a note for people.
    static func quiet(note: String? = nil) -> CommandResult {
        CommandResult(value: nil, presentation: .none, setsLast: false, note: note)
    }
}

extension Shell {
    /// Prints a result: its note and warnings on standard error, its value on standard output. All of
    /// it passes through the shell's `SanitizedOutput`; JSON is written with every control character
    /// as a JSON escape, so it passes unchanged and stays the same JSON value.
    func render(_ result: CommandResult) {
        if let note = result.note, configuration.isInteractive {
            output.write(note.hasSuffix("\n") ? note : note + "\n", to: .standardError)
        }
        for warning in result.warnings { output.writeMessage("warning: \(warning)\n") }
        switch state.modes.output {
        case .json:
            if let value = result.value, !result.isStreamed {
                output.write(Self.jsonText(value, pretty: true) + "\n", to: .standardOutput)
            }
        case .table:
            output.write(renderTable(result), to: .standardOutput)
        case .plain:
            output.write(renderPlain(result), to: .standardOutput)
        }
    }

    func renderTable(_ result: CommandResult) -> String {
        switch result.presentation {
        case .none, .streamed: return ""
        case .text(let text): return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        case .record(let headline, let pairs):
            return (headline.map { $0 + "\n" } ?? "")
                + KeyValueList(pairs: pairs).render(indent: headline == nil ? "" : "  ")
        case .table(let columns, let rows, let footer):
            if rows.isEmpty { return footer.map { $0 + "\n" } ?? "(none)\n" }
            return TextTable(columns: columns, rows: rows).render() + (footer.map { $0 + "\n" } ?? "")
        case .json: return (result.value.map { Self.jsonText($0, pretty: true) } ?? "null") + "\n"
        }
    }

    /// Plain mode: bare values, `key<TAB>value` lines, tab-separated rows without a header.
    func renderPlain(_ result: CommandResult) -> String {
        switch result.presentation {
        case .none, .streamed: return ""
        case .text(let text): return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        case .record(_, let pairs):
            return pairs.map { "\($0.0)\t\(TextTable.singleLine($0.1))\n" }.joined()
        case .table(_, let rows, _):
            return rows.map { $0.map(TextTable.singleLine).joined(separator: "\t") + "\n" }.joined()
        case .json: return (result.value.map { Self.jsonText($0, pretty: false) } ?? "null") + "\n"
        }
    }

    /// `value` as JSON text whose controls are all JSON escapes (`\u001b`, `\u202e`): safe on a
    /// terminal and untouched by the sanitizing output.
    static func jsonText(_ value: JSONValue, pretty: Bool) -> String {
        TextSanitizer.escapingControls(inJSON: pretty ? value.prettyText : value.compactText)
    }
}
