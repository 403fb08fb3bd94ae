import TerminalText
import Testing

@Suite struct TextWindowTests {
    /// The character above the caret: `text`'s character at the caret's column.
    private func underCaret(_ window: (text: String, caretPadding: String)) -> Character? {
        let column = DisplayWidth.of(window.caretPadding)
        var used = 0
        for character in window.text {
            if used == column { return character }
            used += DisplayWidth.of(character)
        }
        return nil
    }

    @Test func shortLinesStayWhole() {
        let window = TextWindow.around("set type bogus", column: 10)
        #expect(window.text == "set type bogus")
        #expect(window.caretPadding == String(repeating: " ", count: 9))
    }

    @Test func longLinesShowAWindowAroundTheCaret() {
        let line = "set topic \"" + String(repeating: "x", count: 1_000_000) + "\" oops"
        let column = line.unicodeScalars.count - 3
        let window = TextWindow.around(line, column: column)
        #expect(DisplayWidth.of(window.text) <= TextWindow.sourceLineWidth)
        #expect(window.text.hasPrefix("…x") && window.text.hasSuffix("\" oops"))
        #expect(underCaret(window) == "o")
    }

    @Test func aCaretInTheMiddleCutsBothEnds() {
        let line = String(repeating: "a", count: 300) + "!" + String(repeating: "b", count: 300)
        let window = TextWindow.around(line, column: 301, width: 40)
        #expect(DisplayWidth.of(window.text) <= 40)
        #expect(window.text.hasPrefix("…a") && window.text.hasSuffix("b…"))
        #expect(underCaret(window) == "!")
    }

    @Test func aCaretPastTheEndSitsAfterTheLine() {
        let window = TextWindow.around("echo 'x", column: 8)
        #expect(window.text == "echo 'x" && window.caretPadding.count == 7)
        let long = TextWindow.around(String(repeating: "z", count: 500), column: 501, width: 50)
        #expect(long.text.hasPrefix("…") && !long.text.hasSuffix("…"))
        #expect(DisplayWidth.of(long.caretPadding) == DisplayWidth.of(long.text))
    }

    @Test func controlsShowAsEscapesAndTheCaretAllowsForThem() {
        let window = TextWindow.around("set topic \u{1B}[31mx\u{7} bad", column: 19)
        #expect(window.text == #"set topic \e[31mx\x07 bad"#)
        #expect(underCaret(window) == "b")
    }

    @Test func tabsAndWideCharactersKeepTheCaretAligned() {
        let window = TextWindow.around("\t日本 x", column: 5)
        #expect(window.caretPadding == "\t     ")
        #expect(window.text == "\t日本 x")
    }

    @Test func capsLongMessageLinesInTheMiddle() {
        let message = "error: '" + String(repeating: "v", count: 1_000_000) + "' is not a meeting id"
        let capped = TextWindow.capped(message, width: 100)
        #expect(DisplayWidth.of(capped) <= 100)
        #expect(capped.hasPrefix("error: 'vvv") && capped.hasSuffix("v' is not a meeting id"))
        #expect(capped.contains("…"))
        #expect(TextWindow.capped("short \u{1B}", width: 100) == #"short \e"#)
    }

    @Test func capsEveryLineOfAMessage() {
        let text = "first\n" + String(repeating: "w", count: 5000) + "\nlast\n"
        let lines = TextWindow.cappingLines(text, width: 80).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[0] == "first" && lines[2] == "last" && lines[3] == "")
        #expect(DisplayWidth.of(String(lines[1])) == 80)
        #expect(TextWindow.cappingLines("ok\n") == "ok\n")
        #expect(TextWindow.cappingLines("a\u{7}\r\nb") == #"a\x07"# + "\nb")
    }
}
