import Foundation
import TestSupport
import Testing

@testable import ZoomShell

/// Every example of `docs/language.md` runs against a fresh sandbox (fixed clock: Wednesday
/// 2026-03-04 10:30 in New York) and must end with its exit code and print its output block.
/// `ZOOMSH_DOC_PRINT=1` prints what each example printed, to write the output blocks.
struct LanguageDocTests {
    static let path = Corpus.repositoryRoot + "/docs/language.md"
    static let doc = LanguageDoc(text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    static let environment = [
        "ZOOM_CLIENT_SECRET": "sandbox-client-secret-0123456789ab",
        "ZOOM_API_SECRET": "sandbox-api-secret-0123456789abcdef0123",
        "SDK_SECRET": "a-signing-secret-of-at-least-32-bytes-0123",
    ]

    @Test func theDocumentHasExamples() {
        #expect(Self.doc.examples.count >= 40, "\(Self.path)")
    }

    @Test func everyExampleRunsAsShown() async throws {
        let files = try TemporaryDirectory()
        let printing = ProcessInfo.processInfo.environment["ZOOMSH_DOC_PRINT"] == "1"
        for example in Self.doc.examples {
            if let file = example.file {
                try files.write(file, example.script)
                continue
            }
            let (code, lines) = try await run(example, in: files.path)
            if printing {
                print("── docs/language.md:\(example.line) exit \(code)\n" + lines.joined(separator: "\n"))
            }
            #expect(
                code == example.exitCode,
                "docs/language.md:\(example.line): exit \(code)\n\(lines.joined(separator: "\n"))")
            if let expected = example.expectedOutput, !LanguageDoc.matches(lines, expected) {
                let printed = lines.joined(separator: "\n")
                let wanted = expected.joined(separator: "\n")
                Issue.record("docs/language.md:\(example.line) printed:\n\(printed)\nexpected:\n\(wanted)")
            }
        }
    }

    @Test func theWildcardsMatchAsDocumented() {
        #expect(LanguageDoc.matches(["a 1 b", "x", "y", "end"], ["a … b", "…", "end"]))
        #expect(LanguageDoc.matches(["end"], ["…", "end"]))
        #expect(!LanguageDoc.matches(["a 1 c"], ["a … b"]))
        #expect(!LanguageDoc.matches(["a", "b"], ["a"]))
        #expect(LanguageDoc.lineMatches("id 80007919333 passcode Xy12ab", "id … passcode …"))
    }

    func run(_ example: LanguageDoc.Example, in directory: String) async throws -> (Int32, [String]) {
        try await TestSandbox.with { sandbox, configuration in
            var configuration = configuration
            configuration.workingDirectory = directory
            configuration.environment = Self.environment
            configuration.outputMode = OutputMode(rawValue: example.outputMode) ?? .table
            let shell = TestShell(configuration)
            let run = await shell.run(example.script, file: "example.zsh")
            let text = run.chunks.map(\.text).joined()
                .replacingOccurrences(of: "127.0.0.1:\(sandbox.port)", with: "127.0.0.1:PORT")
                .replacingOccurrences(of: directory, with: "DIR")
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return (run.code.rawValue, lines)
        }
    }
}
