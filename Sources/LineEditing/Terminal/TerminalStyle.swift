import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether colour may be used on an output stream, and the means to apply it.
///
/// Colour is used only on a terminal, never when `NO_COLOR` is set to a non-empty value
/// (https://no-color.org) and never when `TERM` is `dumb` (or unset).
public struct TerminalStyle: Sendable, Hashable {
    /// Whether ``apply(_:to:)`` emits escape sequences.
    public var usesColor: Bool

    /// Creates a style policy.
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// Never any escape sequence.
    public static let plain = TerminalStyle(usesColor: false)

    /// Decides for the stream behind `fileDescriptor` (standard output by default) in `environment`.
    public static func detect(
        fileDescriptor: Int32 = 1,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        TerminalStyle(usesColor: allowsColor(isTerminal: isatty(fileDescriptor) == 1, environment: environment))
    }

    /// The decision itself: a terminal, `NO_COLOR` unset or empty, and `TERM` set and not `dumb`.
    public static func allowsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return true
    }

    /// `text` wrapped in the escape sequences of `style`, or `text` itself when colour is not used.
    public func apply(_ style: TextStyle?, to text: String) -> String {
        guard usesColor, let style, !style.isPlain, !text.isEmpty else { return text }
        return style.startSequence + text + TextStyle.resetSequence
    }
}
