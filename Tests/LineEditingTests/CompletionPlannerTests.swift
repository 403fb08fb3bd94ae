import TerminalText
import Testing

@testable import LineEditing

@Suite struct CompletionPlannerTests {
    private func step(_ before: String, _ after: String = "", start: Int, _ candidates: [CompletionCandidate])
        -> CompletionStep
    {
        CompletionPlanner.step(
            before: before, after: after, completion: Completion(start: start, candidates: candidates))
    }

    @Test func noCandidateBeeps() {
        #expect(step("meet", start: 0, []) == .beep)
    }

    @Test func uniqueWholeWordIsInsertedWithASpace() {
        #expect(
            step("meet", start: 0, [CompletionCandidate("meetings")]) == .replace(deleting: 4, inserting: "meetings "))
    }

    @Test func uniqueDottedPrefixGetsNoSpace() {
        let result = step("meetings update 1 sett", start: 18, [CompletionCandidate("settings.")])
        #expect(result == .replace(deleting: 4, inserting: "settings."))
        #expect(CompletionCandidate("dir/").appendsSpace == false)
        #expect(CompletionCandidate("key=").appendsSpace == false)
        #expect(CompletionCandidate("topic", appendsSpace: false).appendsSpace == false)
    }

    @Test func noSecondSpaceWhenOneFollowsTheCursor() {
        #expect(
            step("meet", " 123", start: 0, [CompletionCandidate("meetings")])
                == .replace(deleting: 4, inserting: "meetings"))
        #expect(step("meetings", " 123", start: 0, [CompletionCandidate("meetings")]) == .unchanged)
    }

    @Test func completeWordGetsItsSpace() {
        #expect(
            step("meetings", start: 0, [CompletionCandidate("meetings")])
                == .replace(deleting: 8, inserting: "meetings "))
    }

    @Test func severalCandidatesInsertTheirCommonPrefixThenList() {
        let candidates = [CompletionCandidate("settings.audio"), CompletionCandidate("settings.auto_recording")]
        #expect(step("set", start: 0, candidates) == .replace(deleting: 3, inserting: "settings.au"))
        #expect(step("settings.au", start: 0, candidates) == .list(candidates))
    }

    @Test func listsWhenNoCommonPrefixExtendsTheWord() {
        let candidates = [CompletionCandidate("list"), CompletionCandidate("get")]
        #expect(step("", start: 0, candidates) == .list(candidates))
    }

    @Test func replacementMayChangeCase() {
        let candidates = [CompletionCandidate("settings.audio"), CompletionCandidate("settings.auto")]
        #expect(step("SET", start: 0, candidates) == .replace(deleting: 3, inserting: "settings.au"))
    }

    @Test func deletionCountsUnicodeScalars() {
        // "hé" is 2 scalars (3 bytes); "e\u{301}" is one Character but 2 scalars.
        #expect(step("say hé", start: 4, [CompletionCandidate("héllo")]) == .replace(deleting: 2, inserting: "héllo "))
        #expect(
            step("e\u{301}", start: 0, [CompletionCandidate("e\u{301}t\u{e9}")])
                == .replace(deleting: 2, inserting: "e\u{301}t\u{e9} "))
        #expect(step("日本", start: 0, [CompletionCandidate("日本語")]) == .replace(deleting: 2, inserting: "日本語 "))
    }

    @Test func startIsClampedToTheCursor() {
        #expect(step("ab", start: 10, [CompletionCandidate("x")]) == .replace(deleting: 0, inserting: "x "))
        #expect(step("ab", start: -3, [CompletionCandidate("abc")]) == .replace(deleting: 2, inserting: "abc "))
    }

    @Test func duplicatesEmptiesAndControlCharactersAreDropped() {
        let candidates = [
            CompletionCandidate("alpha", description: "first"), CompletionCandidate("alpha", description: "second"),
            CompletionCandidate(""), CompletionCandidate("be\u{1B}[31mta\n"),
        ]
        let usable = CompletionPlanner.usableCandidates(candidates)
        #expect(usable.map(\.text) == ["alpha", "be[31mta"])
        #expect(usable.first?.description == "first")
    }

    @Test func commonPrefixComparesCharacters() {
        #expect(CompletionPlanner.commonPrefix(["héllo", "hélas"]) == "hél")
        #expect(CompletionPlanner.commonPrefix(["abc"]) == "abc")
        #expect(CompletionPlanner.commonPrefix([]) == "")
        #expect(CompletionPlanner.commonPrefix(["x", "y"]) == "")
    }
}
