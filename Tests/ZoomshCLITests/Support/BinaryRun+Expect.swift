import Foundation
import Testing

extension BinaryRun {
    /// Records an issue (with both streams) unless the process exited normally with `code`.
    func expectExit(_ code: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            !timedOut && !signaled && status == code, "expected exit \(code), got \(self)",
            sourceLocation: sourceLocation)
    }

    /// Records an issue when either stream contains `secret`.
    func expectNeverShows(_ secret: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!stdout.contains(secret), "stdout shows a secret:\n\(self)", sourceLocation: sourceLocation)
        #expect(!stderr.contains(secret), "stderr shows a secret:\n\(self)", sourceLocation: sourceLocation)
    }

    /// Standard output split into lines, without the empty last one.
    var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(
            stdout.hasSuffix("\n") ? 1 : 0)
    }

    /// Standard output parsed as a stream of JSON documents.
    func jsonDocuments(sourceLocation: SourceLocation = #_sourceLocation) throws -> [Any] {
        do {
            return try JSONDocuments.parse(stdout)
        } catch {
            Issue.record("stdout is not a stream of JSON documents: \(error)\n\(self)", sourceLocation: sourceLocation)
            throw error
        }
    }
}
