/// Helpers to find and show source lines for diagnostics.
enum SourceLines {
    /// The longest line shown in full under a diagnostic.
    static let maximumShownScalars = 160

    /// The text of the line that contains the UTF-8 `offset` of `source` (without its break).
    static func line(in source: String, containingOffset offset: Int) -> String {
        let utf8 = source.utf8
        let clamped = max(0, min(offset, utf8.count))
        var start = utf8.index(utf8.startIndex, offsetBy: clamped)
        while start > utf8.startIndex {
            let before = utf8.index(before: start)
            if utf8[before] == UInt8(ascii: "\n") { break }
            start = before
        }
        var end = start
        while end < utf8.endIndex, utf8[end] != UInt8(ascii: "\n") { end = utf8.index(after: end) }
        var text = String(decoding: utf8[start..<end], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// The line cut to a window around `column` when it is long, and the column in the window.
    static func window(of line: String, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maximumShownScalars else { return (line, column) }
        let half = maximumShownScalars / 2
        let index = max(0, min(column - 1, scalars.count))
        let start = max(0, min(index - half, scalars.count - maximumShownScalars))
        let end = min(scalars.count, start + maximumShownScalars)
        var text = String.UnicodeScalarView()
        var caret = index - start + 1
        if start > 0 {
            text.append("…")
            caret += 1
        }
        text.append(contentsOf: scalars[start..<end])
        if end < scalars.count { text.append("…") }
        return (String(text), caret)
    }

    /// Blanks that put a caret under `column` of `line`: tabs stay tabs, all else is a space.
    static func caretPadding(_ line: String, column: Int) -> String {
        var padding = ""
        var count = 0
        for scalar in line.unicodeScalars {
            guard count < column - 1 else { break }
            padding.append(scalar == "\t" ? "\t" : " ")
            count += 1
        }
        if count < column - 1 { padding += String(repeating: " ", count: column - 1 - count) }
        return padding
    }
}
