/// Makes untrusted text safe to show on a terminal or to insert into the edited line.
enum TextSanitizer {
    /// `text` with every control character (C0, DEL, C1, line and paragraph separators) replaced by
    /// a space, so that no escape sequence or line break reaches the terminal.
    static func singleLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    /// Whether `text` contains a control character.
    static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
