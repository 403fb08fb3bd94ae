import TerminalText
import Testing

@Suite struct DisplayWidthTests {
    @Test func countsColumnsAsTerminalsDrawThem() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("ｈｉ") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("x\u{202E}y") == 2)
    }

    @Test func emojiTakeTwoColumnsPerPicture() {
        #expect(DisplayWidth.of("✅") == 2)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("🇪🇸") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func controlsTakeNone() {
        #expect(DisplayWidth.of("\u{1B}") == 0)
        #expect(DisplayWidth.of("\u{9B}") == 0)
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
    }

    @Test func scalars() {
        #expect(DisplayWidth.of(Unicode.Scalar("a")) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x65E5)!) == 2)
    }

    @Test func truncatesAndPadsByColumns() {
        #expect(DisplayWidth.truncate("日本語です", toWidth: 5) == "日本…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.truncate("abc", toWidth: 3) == "abc")
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
        #expect(DisplayWidth.pad("日本", toWidth: 6) == "日本  ")
        #expect(DisplayWidth.pad("abcdef", toWidth: 3) == "abcdef")
    }
}
