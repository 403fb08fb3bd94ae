/// A text appearance expressed with ANSI SGR escape sequences: a foreground colour and attributes.
public struct TextStyle: Sendable, Hashable {
    /// One of the 16 standard terminal colours.
    public enum Color: Int, Sendable, Hashable, CaseIterable {
        case black = 0
        case red, green, yellow, blue, magenta, cyan, white
        case brightBlack = 60
        case brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan
        case brightWhite
    }

    /// The foreground colour, or `nil` to keep the terminal's.
    public var foreground: Color?
    /// Bold (or bright, depending on the terminal).
    public var isBold: Bool
    /// Dim (faint).
    public var isDim: Bool
    /// Underlined.
    public var isUnderlined: Bool

    /// Creates a style.
    public init(foreground: Color? = nil, isBold: Bool = false, isDim: Bool = false, isUnderlined: Bool = false) {
        self.foreground = foreground
        self.isBold = isBold
        self.isDim = isDim
        self.isUnderlined = isUnderlined
    }

    /// A style with only a foreground colour.
    public static func foreground(_ color: Color) -> TextStyle {
        TextStyle(foreground: color)
    }

    /// The same style, bold.
    public var bold: TextStyle {
        var copy = self
        copy.isBold = true
        return copy
    }

    /// The same style, dim.
    public var dim: TextStyle {
        var copy = self
        copy.isDim = true
        return copy
    }

    /// The same style, underlined.
    public var underlined: TextStyle {
        var copy = self
        copy.isUnderlined = true
        return copy
    }

    /// Whether the style changes anything at all.
    public var isPlain: Bool {
        foreground == nil && !isBold && !isDim && !isUnderlined
    }

    /// The escape sequence that turns the style on (empty for a plain style).
    public var startSequence: String {
        var parameters: [Int] = []
        if isBold { parameters.append(1) }
        if isDim { parameters.append(2) }
        if isUnderlined { parameters.append(4) }
        if let foreground { parameters.append(30 + foreground.rawValue) }
        guard !parameters.isEmpty else { return "" }
        return "\u{1B}[" + parameters.map(String.init).joined(separator: ";") + "m"
    }

    /// The escape sequence that resets every attribute.
    public static let resetSequence = "\u{1B}[0m"
}
