/// Makes untrusted text (from Zoom, a file, a variable) safe to show on a terminal.
///
/// A terminal interprets some characters instead of drawing them: C0 controls (BEL, BS, CR, ESC
/// that starts colour, cursor and window-title sequences), DEL, C1 controls (U+0080–U+009F, CSI
/// and OSC among them); U+2028 and U+2029 break lines; the bidi embedding, override and isolate
/// controls (U+202A–U+202E, U+2066–U+2069) reorder what follows them. `escaped` shows each of
/// them as a visible escape, so text prints as what it is and never acts:
///
/// | character | shown as |
/// |---|---|
/// | ESC (U+001B) | `\e` |
/// | a CR not followed by LF; tab or LF where they are not kept | `\r`, `\t`, `\n` |
/// | any other C0 control, DEL | `\x` and two hex digits: `\x07`, `\x7F` |
/// | C1 controls, U+2028, U+2029, bidi controls | `\u{…}`: `\u{9B}`, `\u{2028}`, `\u{202E}` |
///
/// The escapes are for reading, not for parsing back: a backslash in the text stays as it is.
public enum TextSanitizer {
    /// Which layout characters `escaped` keeps as they are.
    public struct Kept: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Line feeds, and CR LF pairs (a lone CR is escaped: it would overwrite the line).
        public static let lineBreaks = Kept(rawValue: 1)
        /// Tabs.
        public static let tabs = Kept(rawValue: 2)
        /// Nothing: the text comes out on one line.
        public static let none: Kept = []
    }

    /// `text` with every character a terminal would interpret shown as a visible escape (see the
    /// table above); line breaks and tabs are kept unless `kept` says otherwise.
    public static func escaped(_ text: String, keeping kept: Kept = [.lineBreaks, .tabs]) -> String {
        guard needsEscaping(text, keeping: kept) else { return text }
        var out = String.UnicodeScalarView()
        var pendingReturn = false
        for scalar in text.unicodeScalars {
            if pendingReturn {
                // CR LF is a line break; a CR alone would overwrite the line.
                out.append(contentsOf: (scalar == "\n" ? "\r" : "\\r").unicodeScalars)
                pendingReturn = false
            }
            switch scalar {
            case "\n" where kept.contains(.lineBreaks), "\t" where kept.contains(.tabs):
                out.append(scalar)
            case "\r" where kept.contains(.lineBreaks):
                pendingReturn = true
            default:
                if let escape = escape(for: scalar) {
                    out.append(contentsOf: escape.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        if pendingReturn { out.append(contentsOf: "\\r".unicodeScalars) }
        return String(out)
    }

    /// The visible escape for `scalar`, or nil when it prints as itself.
    public static func escape(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x1B: return "\\e"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0..<0x20, 0x7F: return "\\x" + hex(value, digits: 2)
        default: return needsEscape(scalar) ? "\\u{" + hex(value, digits: 1) + "}" : nil
        }
    }

    /// `text` on one line: every character `escaped` would escape (line breaks and tabs included)
    /// becomes a space. For prompts and completion lists, where an escape would be noise.
    public static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(needsEscape(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    /// Whether `text` contains a control character (see `isControl`).
    public static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// Whether `scalar` is a control character: C0 (line feed and tab included), DEL, C1, or the
    /// line and paragraph separators U+2028 and U+2029.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// Whether `scalar` is a bidi embedding, override or isolate control (U+202A–U+202E,
    /// U+2066–U+2069), which reorders the text after it.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether a terminal would interpret `scalar` rather than draw it: a control or a bidi control.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isBidiControl(scalar)
    }

    /// JSON text with every control a JSON writer may leave raw inside a string (DEL, C1, U+2028,
    /// U+2029, bidi controls) written as a `\uXXXX` escape: the same JSON value, safe to print.
    /// C0 controls are escaped by every JSON writer already; line breaks and tabs between tokens
    /// stay. Meant for JSON text only (outside strings JSON has no other controls).
    public static func escapingControls(inJSON json: String) -> String {
        guard json.unicodeScalars.contains(where: { needsEscape($0) && !isJSONWhitespace($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) && !isJSONWhitespace(scalar) {
                out.append(contentsOf: ("\\u" + hex(scalar.value, digits: 4, lowercase: true)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: - Helpers

    private static func needsEscaping(_ text: String, keeping kept: Kept) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x0A: if !kept.contains(.lineBreaks) { return true }
            case 0x09: if !kept.contains(.tabs) { return true }
            // Every scalar to escape from U+0080 up starts with one of these lead bytes.
            case 0..<0x20, 0x7F, 0xC2, 0xE2: return true
            default: continue
            }
        }
        return false
    }

    private static func isJSONWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\t"
    }

    private static func hex(_ value: UInt32, digits: Int, lowercase: Bool = false) -> String {
        let text = String(value, radix: 16, uppercase: !lowercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
