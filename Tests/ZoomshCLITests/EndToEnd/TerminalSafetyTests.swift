import Foundation
import Testing

/// The bytes zoomsh writes never carry a control character from Zoom, a file or a command line:
/// tables, plain text and standard error show them as visible escapes (`\e`, `\x07`), JSON as
/// JSON escapes (`\u001b`) — also when the streams are pipes, as here (a saved file is `cat`ed
/// later).
@Suite("zoomsh: terminal safety")
struct TerminalSafetyTests {
    /// A topic that recolours the terminal, sets its window title and rings its bell.
    static let topicJSON = #"\u001b[31mRED\u001b]0;title\u0007"#
    /// Raw bytes that must never be written: ESC, BEL, and C1 CSI as UTF-8.
    static let forbidden: [[UInt8]] = [[0x1B], [0x07], [0xC2, 0x9B]]

    /// Runs zoomsh and returns its exit status and the raw bytes of both streams.
    static func runRaw(_ zoomsh: BinaryRunner, _ arguments: [String]) async throws -> (BinaryRun, Data, Data) {
        let running = try zoomsh.start(arguments)
        let run = await running.finish()
        return (run, running.stdout.data, running.stderr.data)
    }

    static func expectClean(_ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = [UInt8](data)
        for sequence in forbidden {
            let found = bytes.indices.contains { bytes[$0...].starts(with: sequence) }
            #expect(
                !found, "raw \(sequence) on \(name): \(String(decoding: data, as: UTF8.self).debugDescription)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func tablesPlainTextAndErrorsShowEscapes() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = """
            api POST /users/me/meetings '{"topic":"\(Self.topicJSON)"}'
            let id = $last.id
            output table
            get $id
            list
            echo $last.0.topic
            output plain
            list
            get "\u{1B}[2J\u{07}42x"
            """
        let (run, stdout, stderr) = try await Self.runRaw(zoomsh, ["--sandbox", "-c", script])
        run.expectExit(1)
        Self.expectClean(stdout, "stdout")
        Self.expectClean(stderr, "stderr")
        let shown = #"\e[31mRED\e]0;title\x07"#
        #expect(run.stdout.components(separatedBy: shown).count == 5, "get, list, echo, plain list: \(run)")
        #expect(run.stderr.contains(#"'\e[2J\x0742x' is not a meeting id"#), "\(run)")
    }

    @Test func jsonKeepsControlsAsJSONEscapes() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = """
            api POST /users/me/meetings '{"topic":"\(Self.topicJSON)"}'
            get $last.id
            echo $last.topic
            """
        let (run, stdout, stderr) = try await Self.runRaw(zoomsh, ["--sandbox", "--json", "-c", script])
        run.expectExit(0)
        Self.expectClean(stdout, "stdout")
        Self.expectClean(stderr, "stderr")
        let documents = try run.jsonDocuments()
        try #require(documents.count == 3, "\(run)")
        #expect((documents[1] as? [String: Any])?["topic"] as? String == "\u{1B}[31mRED\u{1B}]0;title\u{07}")
        #expect(documents[2] as? String == "\u{1B}[31mRED\u{1B}]0;title\u{07}")
        #expect(run.stdout.contains(Self.topicJSON), "\(run)")
    }

    @Test func commandLineErrorsShowEscapesAndCapHugeValues() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let (badMode, _, badModeErrors) = try await Self.runRaw(
            zoomsh, ["--output", "\u{1B}[31mx\u{07}", "-c", "version"])
        badMode.expectExit(2)
        Self.expectClean(badModeErrors, "stderr of a bad --output")
        #expect(badMode.stderr.contains(#"\e[31mx\x07"#), "\(badMode)")

        let (badProfile, _, badProfileErrors) = try await Self.runRaw(
            zoomsh, ["--profile", "\u{1B}]0;t\u{07}", "-c", "version"])
        badProfile.expectExit(4)
        Self.expectClean(badProfileErrors, "stderr of a bad --profile")
        #expect(badProfile.stderr.contains(#"\e]0;t\x07"#), "\(badProfile)")

        let huge = String(repeating: "x", count: 100_000)
        let (hugeMode, _, hugeErrors) = try await Self.runRaw(zoomsh, ["--output", huge, "-c", "version"])
        hugeMode.expectExit(2)
        #expect(hugeErrors.count < 4000, "\(hugeErrors.count) bytes on stderr")
        let (hugeArgument, _, hugeArgumentErrors) = try await Self.runRaw(zoomsh, ["-c", "get \"1\(huge)\""])
        #expect(hugeArgument.status != 0, "\(hugeArgument.stderr.prefix(500))")
        #expect(hugeArgumentErrors.count < 4000, "\(hugeArgumentErrors.count) bytes on stderr")
        #expect(hugeArgument.stderr.contains("…"), "\(hugeArgument.stderr.prefix(500))")
    }
}
