import TerminalText

/// Output that is safe to show on a terminal, now or when a saved file is `cat`ed later: every
/// write is sanitized (see `TextSanitizer.escaped`), so a control character from Zoom, a file or a
/// variable (ESC starting a colour or window-title sequence, BEL, CR, DEL, C1, U+2028/2029, bidi
/// overrides) prints as a visible escape such as `\e`, `\x07` or `\u{202E}` and never acts. Line
/// breaks and tabs stay.
///
/// A `Shell` writes through one of these whatever it is given: it never means to send an escape
/// sequence itself (colour is the line editor's business). JSON output passes unchanged, since
/// it carries every control as a JSON escape (see `Shell.render`).
public struct SanitizedOutput: ShellOutput {
    /// Where the sanitized text goes.
    public let base: any ShellOutput

    /// Output that sanitizes what it writes to `base`.
    public init(_ base: any ShellOutput) {
        self.base = (base as? SanitizedOutput)?.base ?? base
    }

    public func write(_ text: String, to stream: ShellStream) {
        base.write(TextSanitizer.escaped(text), to: stream)
    }
}

extension ShellOutput {
    /// Writes a message for people (an error, a warning) to standard error: sanitized, and each
    /// line cut in its middle when it is wider than `TextWindow.messageLineWidth` columns, so that
    /// an error quoting a huge value does not print it whole.
    public func writeMessage(_ text: String) {
        write(TextWindow.cappingLines(text), to: .standardError)
    }
}
