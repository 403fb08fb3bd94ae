/// Lays out completion candidates below the edited line.
enum CompletionListing {
    /// The lines showing `candidates` on a terminal `width` columns wide, at most `maxLines` lines
    /// (the last one then says how many were left out).
    ///
    /// Candidates with descriptions are shown one per line, the text in a column and the description
    /// beside it; otherwise they are laid out in columns, sorted down the columns like `ls`.
    static func lines(for candidates: [CompletionCandidate], width: Int, maxLines: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let width = max(width, 10)
        let maxLines = max(maxLines, 2)
        let texts = candidates.map { TextSanitizer.singleLine($0.text) }
        if candidates.contains(where: { !($0.description ?? "").isEmpty }) {
            let lines = describedLines(texts: texts, descriptions: candidates.map(\.description), width: width)
            guard lines.count > maxLines else { return lines }
            return Array(lines.prefix(maxLines - 1)) + [moreLine(candidates.count - (maxLines - 1))]
        }
        let cellWidth = min(texts.map(DisplayWidth.of).max() ?? 0, width - 1)
        let columns = max(1, (width - 1 + gap) / (cellWidth + gap))
        guard texts.count > columns * maxLines else {
            return columnLines(texts: texts, columns: columns, cellWidth: cellWidth)
        }
        let shown = columns * (maxLines - 1)
        return columnLines(texts: Array(texts.prefix(shown)), columns: columns, cellWidth: cellWidth)
            + [moreLine(texts.count - shown)]
    }

    private static let gap = 2

    private static func moreLine(_ count: Int) -> String {
        "… and \(count) more"
    }

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
