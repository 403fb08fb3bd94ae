import TerminalText
import Testing

@testable import LineEditing

@Suite struct CompletionListingTests {
    @Test func layoutIsColumnMajorWithinTheWidth() {
        let candidates = (1...10).map { CompletionCandidate("item\($0)") }
        let lines = CompletionListing.lines(for: candidates, width: 30)
        // Cells are 6 wide plus a gap of 2: 3 columns fit in 29 columns, so 4 rows.
        #expect(
            lines == [
                "item1   item5   item9",
                "item2   item6   item10",
                "item3   item7",
                "item4   item8",
            ])
        #expect(lines.allSatisfy { DisplayWidth.of($0) < 30 })
    }

    @Test func descriptionsAreAlignedAndTruncated() {
        let candidates = [
            CompletionCandidate("85746065432", description: "Weekly sync"),
            CompletionCandidate("1234", description: "A very long topic that cannot fit on one line at all"),
            CompletionCandidate("99"),
        ]
        let lines = CompletionListing.lines(for: candidates, width: 40)
        #expect(lines[0] == "85746065432  Weekly sync")
        #expect(lines[1].hasPrefix("1234         A very long topic"))
        #expect(lines[1].hasSuffix("…"))
        #expect(DisplayWidth.of(lines[1]) == 39)
        #expect(lines[2] == "99")
    }

    @Test func escapeSequencesNeverReachTheTerminal() {
        let candidates = [CompletionCandidate("a\u{1B}]0;pwned\u{7}", description: "x\u{1B}[2J\ny")]
        let lines = CompletionListing.lines(for: candidates, width: 80)
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func longListsAreShownWhole() {
        let candidates = (1...100).map { CompletionCandidate(String(format: "%03d", $0)) }
        let lines = CompletionListing.lines(for: candidates, width: 21)
        // 4 columns ("001  " is 5 wide), 25 rows, nothing left out.
        #expect(lines.count == 25)
        #expect(lines[0] == "001  026  051  076")
        #expect(lines[24] == "025  050  075  100")

        let described = (1...10).map { CompletionCandidate("\($0)", description: "topic \($0)") }
        let describedLines = CompletionListing.lines(for: described, width: 80)
        #expect(describedLines.count == 10)
        #expect(describedLines[9] == "10  topic 10")
    }

    @Test func moreThanAHundredAreAskedAboutFirst() {
        #expect(!CompletionListing.needsConfirmation(100))
        #expect(CompletionListing.needsConfirmation(101))
        #expect(CompletionListing.confirmationQuestion(420) == "Display all 420 possibilities? (y or n)")
        #expect(CompletionListing.answer(to: UInt8(ascii: "y")) == true)
        #expect(CompletionListing.answer(to: UInt8(ascii: " ")) == true)
        #expect(CompletionListing.answer(to: UInt8(ascii: "n")) == false)
        #expect(CompletionListing.answer(to: 0x03) == false)
        #expect(CompletionListing.answer(to: UInt8(ascii: "x")) == nil)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.truncate("日本語です", toWidth: 5) == "日本…")
        let lines = CompletionListing.lines(
            for: [CompletionCandidate("日本"), CompletionCandidate("ab")], width: 80)
        #expect(lines == ["日本  ab"])
    }
}
