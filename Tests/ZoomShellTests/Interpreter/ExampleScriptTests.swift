import Foundation
import Testing

@testable import ZoomShell

/// The scripts in `scripts/examples` run against the sandbox: they must succeed and print what
/// `Tests/ZoomShellTests/Scripts/examples/NAME.expected.json` holds.
struct ExampleScriptTests {
    static let names = Corpus.scriptNames(in: Corpus.examplesDirectory)

    @Test(arguments: names)
    func example(_ name: String) async throws {
        let transcript = try await Corpus.run(name, in: Corpus.examplesDirectory)
        #expect(transcript.exitCode == 0, "\(transcript.stderr.joined(separator: "\n"))")
        try Corpus.check(
            transcript, expected: Corpus.scriptsDirectory + "/examples/\(name).expected.json",
            sourcePath: Corpus.sourceScriptsDirectory + "/examples/\(name).expected.json")
    }

    /// The examples must work on any day they are run, not just on the fixed test clock.
    @Test(arguments: [
        "2026-11-29T09:00:00Z", "2027-02-28T23:30:00Z", "2027-10-31T12:00:00Z", "2028-02-29T05:00:00Z",
    ])
    func examplesWorkOnAnyDay(instant: String) async throws {
        let now = try #require(ISO8601DateFormatter().date(from: instant))
        for name in Self.names {
            let transcript = try await Corpus.run(name, in: Corpus.examplesDirectory, now: now)
            #expect(transcript.exitCode == 0, "\(name) at \(instant): \(transcript.stderr.joined(separator: "\n"))")
        }
    }

    @Test func theExamplesAreThere() {
        #expect(Set(Self.names) == ["weekly-team-sync", "recurring-class", "one-on-ones", "settings-experiment"])
    }
}
