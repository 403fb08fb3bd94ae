import Foundation
import Testing

/// The examples of `docs/language.md`: each ```` ```zoomsh ```` block is a script; an
/// ```` ```output ```` block right after it is what the script prints (standard output and
/// standard error as they interleave). In an output block `…` stands for any text within a
/// line, and a line that is only `…` for any number of lines.
///
/// The opening fence of a script may carry settings: `exit=N` (the exit code, default 0),
/// `file=PATH` (not run: written to PATH for later blocks to `source`), `output=json|plain`
/// (default table, what a terminal shows).
struct LanguageDoc {
    struct Example: Sendable, CustomTestStringConvertible {
        var line: Int
        var script: String
        var exitCode: Int32 = 0
        var file: String?
        var outputMode = "table"
        var expectedOutput: [String]?

        var testDescription: String { "docs/language.md:\(line)" }
    }

    var examples: [Example] = []

    init(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```") else {
                index += 1
                continue
            }
            let info = line.dropFirst(3).split(separator: " ").map(String.init)
            var body: [String] = []
            var end = index + 1
            while end < lines.count, !lines[end].hasPrefix("```") {
                body.append(lines[end])
                end += 1
            }
            if info.first == "zoomsh" {
                var example = Example(line: index + 1, script: body.joined(separator: "\n"))
                for setting in info.dropFirst() {
                    let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { continue }
                    switch parts[0] {
                    case "exit": example.exitCode = Int32(parts[1]) ?? 0
                    case "file": example.file = parts[1]
                    case "output": example.outputMode = parts[1]
                    default: break
                    }
                }
                examples.append(example)
            } else if info.first == "output", !examples.isEmpty, examples[examples.count - 1].expectedOutput == nil {
                examples[examples.count - 1].expectedOutput = body
            }
            index = end + 1
        }
    }

    /// Whether `actual` lines match `expected` lines with `…` wildcards.
    static func matches(_ actual: [String], _ expected: [String]) -> Bool {
        if expected.isEmpty { return actual.isEmpty }
        let pattern = expected[0]
        if pattern == "…" {
            return (0...actual.count).contains { matches(Array(actual[$0...]), Array(expected.dropFirst())) }
        }
        guard let first = actual.first, lineMatches(first, pattern) else { return false }
        return matches(Array(actual.dropFirst()), Array(expected.dropFirst()))
    }

    static func lineMatches(_ line: String, _ pattern: String) -> Bool {
        let pieces = pattern.components(separatedBy: "…")
        guard pieces.count > 1 else { return line == pattern }
        guard line.hasPrefix(pieces[0]) else { return false }
        var rest = line.dropFirst(pieces[0].count)
        for (offset, piece) in pieces.dropFirst().enumerated() {
            if offset == pieces.count - 2 { return rest.hasSuffix(piece) && rest.count >= piece.count }
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}
