import TerminalText

/// Lays out completion candidates below the edited line.
enum CompletionListing {
    /// Above this many candidates, the reader asks before listing them (readline's
    /// `completion-query-items`).
    static let confirmationThreshold = 100

    /// Whether listing `count` candidates is first asked about ("Display all N possibilities?").
    static func needsConfirmation(_ count: Int) -> Bool { count > confirmationThreshold }

    /// The question asked before a long listing.
    static func confirmationQuestion(_ count: Int) -> String {
        "Display all \(count) possibilities? (y or n)"
    }

    /// What a key answers to `confirmationQuestion`: `y`, `Y` or a space list them, `n`, `N`,
    /// Delete, Ctrl-C, Ctrl-D and Ctrl-G do not; nil for any other key (ask again).
    static func answer(to byte: UInt8) -> Bool? {
        switch byte {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: " "): true
        case UInt8(ascii: "n"), UInt8(ascii: "N"), 0x7F, 0x03, 0x04, 0x07, 0x1B: false
        default: nil
        }
    }

    /// The lines showing every one of `candidates` on a terminal `width` columns wide.
    ///
    /// Candidates with descriptions are shown one per line, the text in a column and the description
    /// beside it; otherwise they are laid out in columns, sorted down the columns like `ls`.
    static func lines(for candidates: [CompletionCandidate], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let width = max(width, 10)
        let texts = candidates.map { TextSanitizer.singleLine($0.text) }
        if candidates.contains(where: { !($0.description ?? "").isEmpty }) {
            return describedLines(texts: texts, descriptions: candidates.map(\.description), width: width)
        }
        let cellWidth = min(texts.map(DisplayWidth.of).max() ?? 0, width - 1)
        let columns = max(1, (width - 1 + gap) / (cellWidth + gap))
        return columnLines(texts: texts, columns: columns, cellWidth: cellWidth)
    }

    private static let gap = 2

    private static func describedLines(texts: [String], descriptions: [String?], width: Int) -> [String] {
        let textWidth = min(texts.map(DisplayWidth.of).max() ?? 0, width / 2)
        return zip(texts, descriptions).map { text, description in
            let shownText = DisplayWidth.truncate(text, toWidth: max(textWidth, 1))
            guard let description, !description.isEmpty else { return shownText }
            let room = width - textWidth - 3
            guard room > 1 else { return shownText }
            let shownDescription = DisplayWidth.truncate(TextSanitizer.singleLine(description), toWidth: room)
            return DisplayWidth.pad(shownText, toWidth: textWidth) + "  " + shownDescription
        }
    }

    private static func columnLines(texts: [String], columns: Int, cellWidth: Int) -> [String] {
        let rows = (texts.count + columns - 1) / columns
        return (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < texts.count else { break }
                let cell = DisplayWidth.truncate(texts[index], toWidth: cellWidth)
                let isLast = column == columns - 1 || (column + 1) * rows + row >= texts.count
                line += isLast ? cell : DisplayWidth.pad(cell, toWidth: cellWidth + gap)
            }
            return line
        }
    }
}
