import Foundation
import Testing

@testable import ZoomShell

/// The corpus in `Tests/ZoomShellTests/Scripts`: each `NAME.zsh` runs against a fresh sandbox
/// and must print what `NAME.expected.json` holds (normalised, see `TranscriptNormalizer`).
struct ScriptCorpusTests {
    static let names = Corpus.scriptNames(in: Corpus.scriptsDirectory)

    @Test(arguments: names)
    func script(_ name: String) async throws {
        let transcript = try await Corpus.run(name, in: Corpus.scriptsDirectory)
        try Corpus.check(
            transcript, expected: Corpus.scriptsDirectory + "/\(name).expected.json",
            sourcePath: Corpus.sourceScriptsDirectory + "/\(name).expected.json")
    }

    @Test func runningAScriptTwiceGivesTheSameTranscript() async throws {
        let name = try #require(Self.names.first { $0.hasPrefix("meeting-lifecycle") })
        let first = try await Corpus.run(name, in: Corpus.scriptsDirectory)
        let second = try await Corpus.run(name, in: Corpus.scriptsDirectory)
        #expect(first == second)
    }

    @Test func theCorpusUsesEveryCommand() throws {
        var used = Set<String>()
        for name in Self.names {
            let source = try String(contentsOfFile: Corpus.scriptsDirectory + "/\(name).zsh", encoding: .utf8)
            for line in source.split(separator: "\n") {
                // Parse line by line: a script with a deliberate syntax error still counts.
                guard let script = try? CommandRegistry.parser.parse(String(line), file: name) else { continue }
                for command in script.commands { used.insert(command.name) }
            }
        }
        var expected = Set<String>()
        for spec in CommandRegistry.commands {
            if spec.subcommands.isEmpty || !spec.requiresSubcommand { expected.insert(spec.name) }
            for sub in spec.subcommands { expected.insert("\(spec.name) \(sub.name)") }
        }
        let missing = expected.subtracting(used).sorted()
        #expect(missing.isEmpty, "commands no corpus script runs: \(missing)")
    }

    @Test func everyScriptHasAnExpectedFileAndEveryFileAScript() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Corpus.sourceScriptsDirectory)) ?? []
        let expected = Set(files.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(14)) })
        #expect(Set(Self.names) == expected)
        #expect(Self.names.count >= 20)
    }
}
