import TerminalText
import Testing

@Suite struct CompletionCandidateTests {
    @Test func aSpaceFollowsWholeWordsOnly() {
        #expect(CompletionCandidate("topic").appendsSpace)
        #expect(!CompletionCandidate("settings.").appendsSpace)
        #expect(!CompletionCandidate("dir/").appendsSpace)
        #expect(!CompletionCandidate("key=").appendsSpace)
        #expect(!CompletionCandidate("host:").appendsSpace)
        #expect(CompletionCandidate("$x.", appendsSpace: true).appendsSpace)
        #expect(CompletionCandidate("1234", description: "Weekly sync").description == "Weekly sync")
    }
}
