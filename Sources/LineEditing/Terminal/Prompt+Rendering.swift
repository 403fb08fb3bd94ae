import TerminalText

extension Prompt {
    /// The character that brackets escape sequences in a libedit prompt (`EL_PROMPT_ESC`), so that
    /// libedit does not count them in the prompt's width.
    static let editLineMarker: Character = "\u{1}"

    /// The prompt's text without control characters (each becomes a space).
    var plainText: String {
        TextSanitizer.singleLine(text)
    }

    /// The prompt as given to libedit: the text, its style's escape sequences bracketed by
    /// ``editLineMarker`` characters when colour is used.
    ///
    /// libedit glues each bracketed sequence to the visible character after it and drops a sequence
    /// that nothing follows, so the reset goes before the last character (usually the trailing
    /// space), which stays unstyled; a one-character prompt is not styled.
    func editLineText(usesColor: Bool) -> String {
        let text = plainText
        guard usesColor, let style, !style.isPlain, text.count >= 2, let last = text.last else { return text }
        let marker = String(Prompt.editLineMarker)
        return marker + style.startSequence + marker + text.dropLast() + marker + TextStyle.resetSequence + marker
            + String(last)
    }
}
