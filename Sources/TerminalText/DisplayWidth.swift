/// The number of terminal columns text occupies.
///
/// Measured per `Character` (grapheme cluster), as terminals draw them: a cluster of combining
/// marks, format and control characters only takes none; one with an East Asian wide or fullwidth
/// character or an emoji presented as a picture (`✅`, `🇪🇸`, `👩‍👩‍👧`, `❤️`) takes two; any other
/// takes one. Control characters take none: sanitize text (see `TextSanitizer`) before measuring
/// what is printed.
public enum DisplayWidth {
    /// The columns `text` occupies.
    public static func of(_ text: String) -> Int {
        // Printable ASCII, the common case, is one column a byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// The columns one `Character` occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var visible = false
        for scalar in scalars {
            if isWide(scalar) { return 2 }
            if scalar == "\u{FE0F}", scalars.first?.properties.isEmoji == true, scalars.count > 1 { return 2 }
            if !isZeroWidth(scalar) { visible = true }
        }
        return visible ? 1 : 0
    }

    /// The columns one scalar occupies on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        isWide(scalar) ? 2 : isZeroWidth(scalar) ? 0 : 1
    }

    /// `text` cut to at most `width` columns, ending with `…` when something was cut.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// `text` followed by spaces up to `width` columns.
    public static func pad(_ text: String, toWidth width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    // MARK: - Scalars

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0 || value == 0x200B { return true }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0x300 { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return false
        }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        return wideRanges.contains { $0.contains(value) } || scalar.properties.isEmojiPresentation
    }
}
