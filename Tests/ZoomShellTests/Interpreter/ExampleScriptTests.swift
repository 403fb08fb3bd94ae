import Foundation
import Testing
import ZoomKit

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

    @Test func theExamplesAreThere() {
        #expect(Set(Self.names) == ["weekly-team-sync", "recurring-class", "one-on-ones", "settings-experiment"])
    }
}
