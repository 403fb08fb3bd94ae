/// Rows of text in aligned columns, with a header and a rule under it.
struct TextTable: Sendable {
    var columns: [String]
    var rows: [[String]]
    /// The widest a cell may print; longer cells are cut with `…`.
    var maxCellWidth = 60

    func render() -> String { renderWithWidths().text }

    /// The cells of `rows` as printed: on one line, clipped to `maxCellWidth`.
    func cells(_ rows: [[String]]) -> [[String]] {
        rows.map { row in row.map { Self.clip(Self.singleLine($0), maxCellWidth) } }
    }

    /// The table and the column widths it used.
    func renderWithWidths() -> (text: String, widths: [Int]) {
        let cells = cells([columns] + rows)
        var widths = [Int](repeating: 0, count: columns.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Self.displayWidth(cell))
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
                text += cell + String(repeating: " ", count: max(0, width - displayWidth(cell))) + "  "
            }
        }
        while text.hasSuffix(" ") { text.removeLast() }
        return text + "\n"
    }

    static func singleLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
    }

    static func clip(_ text: String, _ width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let size = displayWidth(String(character))
            if used + size > width - 1 { break }
            out.append(character)
            used += size
        }
        return out + "…"
    }

    /// Terminal columns a string takes: wide East Asian characters and emoji count two,
    /// combining marks none.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for character in text {
            guard let scalar = character.unicodeScalars.first else { continue }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                width += 2
            default:
                width += scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
            }
        }
        return width
    }
}

/// Key/value lines with the keys padded to one width.
struct KeyValueList: Sendable {
    var pairs: [(String, String)]

    func render(indent: String = "") -> String {
        let width = pairs.map { TextTable.displayWidth($0.0) }.max() ?? 0
        var out = ""
        for (key, value) in pairs {
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
            let pad = String(repeating: " ", count: width - TextTable.displayWidth(key))
            out += indent + key + pad + "  " + (lines.first.map(String.init) ?? "") + "\n"
            for more in lines.dropFirst() {
                out += indent + String(repeating: " ", count: width + 2) + more + "\n"
            }
        }
        return out
    }
}
