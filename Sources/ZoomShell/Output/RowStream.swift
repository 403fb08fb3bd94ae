import TerminalText
import ZoomModels

/// Rows printed as they arrive, in the session's output mode: a table whose column widths the
/// first batch sets (later, wider cells push their row out rather than being cut), plain
/// tab-separated rows, or one pretty JSON array written item by item — byte for byte what the
/// whole array would print (controls as JSON escapes, see `Shell.jsonText`).
struct RowStream {
    let columns: [String]
    let mode: OutputMode
    let output: any ShellOutput
    private var widths: [Int]?
    private var count = 0
    private var closed = false

    init(columns: [String], mode: OutputMode, output: any ShellOutput) {
        self.columns = columns
        self.mode = mode
        self.output = output
    }

    /// Prints a batch: `rows` for table and plain modes, `items` for JSON.
    mutating func write(_ rows: [[String]], items: [JSONValue]) {
        var text = ""
        switch mode {
        case .json:
            for item in items {
                text +=
                    (count == 0 ? "[\n  " : ",\n  ")
                    + TextSanitizer.escapingControls(inJSON: item.prettyText).replacingOccurrences(
                        of: "\n", with: "\n  ")
                count += 1
            }
        case .plain:
            for row in rows { text += row.map(TextTable.singleLine).joined(separator: "\t") + "\n" }
            count += rows.count
        case .table:
            guard !rows.isEmpty else { break }
            let table = TextTable(columns: columns, rows: rows)
            if let widths {
                for row in table.cells(rows) { text += TextTable.line(row, widths) }
            } else {
                let (rendered, widths) = table.renderWithWidths()
                self.widths = widths
                text = rendered
            }
            count += rows.count
        }
        if !text.isEmpty { output.write(text, to: .standardOutput) }
    }

    /// Ends the output: the footer under a table, the end of the JSON array.
    mutating func finish(footer: String?) {
        guard !closed else { return }
        closed = true
        switch mode {
        case .json: output.write(count == 0 ? "[]\n" : "\n]\n", to: .standardOutput)
        case .plain: break
        case .table:
            if count == 0 {
                output.write(footer.map { $0 + "\n" } ?? "(none)\n", to: .standardOutput)
            } else if let footer {
                output.write(footer + "\n", to: .standardOutput)
            }
        }
    }

    /// Ends the output after a failure: a JSON array is closed, a table gets no footer.
    mutating func abandon() {
        guard !closed else { return }
        if mode == .json && count > 0 { output.write("\n]\n", to: .standardOutput) }
        closed = true
    }
}
