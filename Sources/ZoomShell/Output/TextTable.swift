import TerminalText

/// Rows of text in aligned columns, with a header and a rule under it.
///
/// Cells are put on one line and sanitized (see `TextSanitizer`) before they are measured, so that
/// a control character shows as its escape and the columns still line up.
struct TextTable: Sendable {
    var columns: [String]
    var rows: [[String]]
    /// The widest a cell may print; longer cells are cut with `…`.
    var maxCellWidth = 60

    func render() -> String { renderWithWidths().text }

    /// The cells of `rows` as printed: on one line, sanitized, clipped to `maxCellWidth` columns.
    func cells(_ rows: [[String]]) -> [[String]] {
        rows.map { row in
            row.map { DisplayWidth.truncate(TextSanitizer.escaped(Self.singleLine($0)), toWidth: maxCellWidth) }
        }
    }

    /// The table and the column widths it used.
    func renderWithWidths() -> (text: String, widths: [Int]) {
        let cells = cells([columns] + rows)
        var widths = [Int](repeating: 0, count: columns.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        var out = ""
        for (rowIndex, row) in cells.enumerated() {
            out += Self.line(row, widths)
            if rowIndex == 0 {
                out += Self.line(widths.map { String(repeating: "-", count: $0) }, widths)
            }
        }
        return (out, widths)
    }

    static func line(_ row: [String], _ widths: [Int]) -> String {
        var text = ""
        for (index, width) in widths.enumerated() {
            let cell = index < row.count ? row[index] : ""
            if index == widths.count - 1 {
                text += cell
            } else {
                text += DisplayWidth.pad(cell, toWidth: width) + "  "
            }
        }
        while text.hasSuffix(" ") { text.removeLast() }
        return text + "\n"
    }

    /// `text` with its line breaks and tabs as spaces.
    /// The text on one line: CR LF, LF and tab become a space (one pass; most cells have none).
    static func singleLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r" where pending == "\n":
                result.append(" ")
                pending = scalars.next()
            case "\n", "\t": result.append(" ")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Key/value lines with the keys padded to one width; a value's further lines are indented under
/// its first. Keys and values are sanitized (see `TextSanitizer`).
struct KeyValueList: Sendable {
    var pairs: [(String, String)]

    func render(indent: String = "") -> String {
        let pairs = pairs.map { (TextSanitizer.escaped($0.0, keeping: .none), $0.1) }
        let width = pairs.map { DisplayWidth.of($0.0) }.max() ?? 0
        var out = ""
        for (key, value) in pairs {
            let lines = value.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
                .map { TextSanitizer.escaped(String($0), keeping: .tabs) }
            out += indent + DisplayWidth.pad(key, toWidth: width) + "  " + (lines.first ?? "") + "\n"
            for more in lines.dropFirst() {
                out += indent + String(repeating: " ", count: width + 2) + more + "\n"
            }
        }
        return out
    }
}
