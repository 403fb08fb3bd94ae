import Foundation
import ZoomModels

/// What a corpus script did, in the form its `.expected.json` file keeps: the exit code, the
/// standard-output writes (JSON documents, or `{"#text": [lines]}` for a write that is not
/// JSON) and the standard-error lines, all normalised (see `TranscriptNormalizer`).
struct Transcript: Sendable, Equatable {
    var exitCode: Int32
    var stdout: [JSONValue]
    var stderr: [String]

    /// The transcript as the expected file holds it.
    var json: JSONValue {
        ["exit_code": .int(Int64(exitCode)), "stdout": .array(stdout), "stderr": .array(stderr.map(JSONValue.string))]
    }

    /// The expected file's text: pretty JSON and a final newline.
    var fileText: String { json.prettyText + "\n" }

    init(exitCode: Int32, stdout: [JSONValue], stderr: [String]) {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Reads an expected file.
    init(fileText: String) throws {
        let json = try JSONValue(parsing: fileText)
        guard let code = json["exit_code"]?.intValue, let stdout = json["stdout"]?.arrayValue,
            let stderr = json["stderr"]?.arrayValue?.compactMap(\.stringValue)
        else {
            throw TranscriptFileError(message: "an expected file needs exit_code, stdout and stderr")
        }
        self.init(exitCode: Int32(code), stdout: stdout, stderr: stderr)
    }

    /// The lines where `other` differs from this transcript, for a failure message.
    func difference(from expected: Transcript) -> String {
        let actualLines = fileText.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.fileText.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        let count = max(actualLines.count, expectedLines.count)
        var index = 0
        while index < count, report.count < 40 {
            let actual = index < actualLines.count ? String(actualLines[index]) : "<end>"
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            if actual != wanted { report.append("line \(index + 1):\n  expected: \(wanted)\n  actual:   \(actual)") }
            index += 1
        }
        return report.joined(separator: "\n")
    }
}

struct TranscriptFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
