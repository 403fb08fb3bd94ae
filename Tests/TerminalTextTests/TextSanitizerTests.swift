import TerminalText
import Testing

@Suite struct TextSanitizerTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TextSanitizer.escaped("\u{1B}[31mRED\u{1B}]0;title\u{07}") == #"\e[31mRED\e]0;title\x07"#)
        #expect(TextSanitizer.escaped("a\u{08}b\u{7F}c\u{00}") == #"a\x08b\x7Fc\x00"#)
    }

    @Test func c1AndUnicodeControlsBecomeVisible() {
        #expect(TextSanitizer.escaped("\u{9B}2J") == #"\u{9B}2J"#)
        #expect(TextSanitizer.escaped("a\u{85}b") == #"a\u{85}b"#)
        #expect(TextSanitizer.escaped("line\u{2028}next\u{2029}") == #"line\u{2028}next\u{2029}"#)
        #expect(TextSanitizer.escaped("abc\u{202E}fed\u{202C}") == #"abc\u{202E}fed\u{202C}"#)
        for value: UInt32 in [0x202A, 0x202B, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069] {
            let scalar = Unicode.Scalar(value)!
            #expect(!TextSanitizer.escaped(String(Character(scalar))).unicodeScalars.contains(scalar))
        }
    }

    @Test func lineBreaksAndTabsStayUnlessAskedOtherwise() {
        #expect(TextSanitizer.escaped("a\nb\tc") == "a\nb\tc")
        #expect(TextSanitizer.escaped("a\r\nb") == "a\r\nb")
        #expect(TextSanitizer.escaped("a\rb") == #"a\rb"#)
        #expect(TextSanitizer.escaped("a\r") == #"a\r"#)
        #expect(TextSanitizer.escaped("a\nb\tc", keeping: .tabs) == "a\\nb\tc")
        #expect(TextSanitizer.escaped("a\r\nb\tc", keeping: .none) == #"a\r\nb\tc"#)
    }

    @Test func printableTextIsUntouched() {
        for text in ["", "Weekly sync", "日本語 · e\u{301} — 👩‍👩‍👧 …", #"C:\path\e"#, "café «ñ» ©"] {
            #expect(TextSanitizer.escaped(text) == text)
        }
    }

    @Test func escapingTwiceChangesNothing() {
        let once = TextSanitizer.escaped("\u{1B}[2J\u{9B}\u{202E}\u{7}\r")
        #expect(TextSanitizer.escaped(once) == once)
        #expect(!once.unicodeScalars.contains(where: TextSanitizer.needsEscape))
    }

    @Test func singleLineUsesSpaces() {
        #expect(TextSanitizer.singleLine("a\u{1B}[31mb\nc\u{202E}d") == "a [31mb c d")
        #expect(TextSanitizer.singleLine("plain") == "plain")
    }

    @Test func classifiesControls() {
        #expect(TextSanitizer.isControl("\u{1B}") && TextSanitizer.isControl("\u{9F}"))
        #expect(TextSanitizer.isControl("\u{2028}") && !TextSanitizer.isControl("\u{202E}"))
        #expect(TextSanitizer.isBidiControl("\u{202E}") && TextSanitizer.isBidiControl("\u{2066}"))
        #expect(!TextSanitizer.isBidiControl("\u{200F}") && !TextSanitizer.needsEscape("é"))
        #expect(TextSanitizer.containsControl("a\tb") && !TextSanitizer.containsControl("ab"))
    }

    @Test func jsonTextKeepsItsValueAndLosesRawControls() {
        let json = "{\n  \"topic\": \"a\\u001b[31m\u{7F}\u{9B}\u{2028}\u{202E}z\"\n}"
        #expect(
            TextSanitizer.escapingControls(inJSON: json)
                == "{\n  \"topic\": \"a\\u001b[31m\\u007f\\u009b\\u2028\\u202ez\"\n}")
        #expect(TextSanitizer.escapingControls(inJSON: "[1,\n\t\"x\"]") == "[1,\n\t\"x\"]")
    }
}
