/// Helpers to find and show source lines for diagnostics.
enum SourceLines {
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
}
