/// Long lines cut to what a terminal shows well, sanitized on the way (see `TextSanitizer`).
public enum TextWindow {
    /// The widest a quoted source line is shown under a diagnostic, in columns.
    public static let sourceLineWidth = 120
    /// The widest a line of a message is shown, in columns (a message quoting a huge value).
    public static let messageLineWidth = 400

    /// A window of at most `width` columns of `line` around the scalar at `column` (1-based, in
    /// Unicode scalars; past the end means just after the line), sanitized, with `…` marking each
    /// end that was cut; and the blanks that put a caret under that scalar (a tab before it stays a
    /// tab, so the caret lines up).
    public static func around(_ line: String, column: Int, width: Int = sourceLineWidth) -> (
        text: String, caretPadding: String
    ) {
        let pieces = Piece.split(line)
        var caret = pieces.count
        var scalarIndex = 0
        for (index, piece) in pieces.enumerated() {
            if column - 1 < scalarIndex + piece.scalarCount {
                caret = index
                break
            }
            scalarIndex += piece.scalarCount
        }
        let total = pieces.reduce(0) { $0 + $1.width }
        var start = 0
        var end = pieces.count
        if total > width {
            let budget = max(1, width - 2)
            start = caret
            end = min(caret + 1, pieces.count)
            var used = pieces[start..<end].reduce(0) { $0 + $1.width }
            // Up to half the room before the caret, then what fits after it, then the rest before.
            while start > 0, used + pieces[start - 1].width <= budget / 2 {
                start -= 1
                used += pieces[start].width
            }
            while end < pieces.count, used + pieces[end].width <= budget {
                used += pieces[end].width
                end += 1
            }
            while start > 0, used + pieces[start - 1].width <= budget {
                start -= 1
                used += pieces[start].width
            }
        }
        var text = start > 0 ? "…" : ""
        var padding = start > 0 ? " " : ""
        for (index, piece) in pieces[start..<end].enumerated() {
            text += piece.text
            if start + index < caret {
                padding += piece.text == "\t" ? "\t" : String(repeating: " ", count: piece.width)
            }
        }
        if end < pieces.count { text += "…" }
        return (text, padding)
    }

    /// `line` sanitized and, when wider than `width` columns, cut in the middle: its head, `…`,
    /// and its tail, `width` columns in all.
    public static func capped(_ line: String, width: Int = messageLineWidth) -> String {
        let safe = TextSanitizer.escaped(line, keeping: .tabs)
        guard DisplayWidth.of(safe) > width else { return safe }
        let characters = Array(safe)
        let headWidth = max(0, (width - 1) * 2 / 3)
        let tailWidth = max(0, width - 1 - headWidth)
        var head = ""
        var used = 0
        var index = 0
        while index < characters.count, used + DisplayWidth.of(characters[index]) <= headWidth {
            used += DisplayWidth.of(characters[index])
            head.append(characters[index])
            index += 1
        }
        var tail: [Character] = []
        used = 0
        var back = characters.count - 1
        while back >= index, used + DisplayWidth.of(characters[back]) <= tailWidth {
            used += DisplayWidth.of(characters[back])
            tail.append(characters[back])
            back -= 1
        }
        return head + "…" + String(tail.reversed())
    }

    /// Each line of `text` capped (see `capped`); line breaks stay.
    public static func cappingLines(_ text: String, width: Int = messageLineWidth) -> String {
        // Short text, the common case, cannot hold a line that is too wide.
        if text.utf8.count <= width && !text.unicodeScalars.contains(where: TextSanitizer.needsEscape) {
            return text
        }
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        return lines.map { capped(String($0), width: width) }.joined(separator: "\n")
    }

    /// One drawn unit of a line: a `Character`, or the escape that stands for a control.
    private struct Piece {
        var text: String
        var width: Int
        var scalarCount: Int

        static func split(_ line: String) -> [Piece] {
            line.map { character in
                let scalars = character.unicodeScalars
                if character == "\t" { return Piece(text: "\t", width: 1, scalarCount: 1) }
                if scalars.contains(where: TextSanitizer.needsEscape) {
                    let text = TextSanitizer.escaped(String(character), keeping: .none)
                    return Piece(text: text, width: text.count, scalarCount: scalars.count)
                }
                return Piece(text: String(character), width: DisplayWidth.of(character), scalarCount: scalars.count)
            }
        }
    }
}
