import Foundation
import Synchronization
import Testing
import ZoomModels
import ZoomShell

/// A `ShellOutput` that keeps every write as its own chunk, in order, so tests can tell one
/// command's result from the next and see how standard output and standard error interleave.
final class RecordingOutput: ShellOutput {
    /// One `write` call.
    struct Chunk: Sendable, Hashable {
        var stream: ShellStream
        var text: String
    }

    private let chunks = Mutex<[Chunk]>([])

    func write(_ text: String, to stream: ShellStream) {
        guard !text.isEmpty else { return }
        chunks.withLock { chunks in
            // A list streamed in json mode writes one array in pieces: keep it one document.
            if stream == .standardOutput, let last = chunks.last, last.stream == .standardOutput,
                last.text.hasPrefix("[\n"), !last.text.hasSuffix("]\n")
            {
                chunks[chunks.count - 1].text += text
            } else {
                chunks.append(Chunk(stream: stream, text: text))
            }
        }
    }

    /// Every write, in order.
    var all: [Chunk] { chunks.withLock { $0 } }
    /// Everything written to standard output.
    var standardOutput: String { all.filter { $0.stream == .standardOutput }.map(\.text).joined() }
    /// Everything written to standard error.
    var standardError: String { all.filter { $0.stream == .standardError }.map(\.text).joined() }

    /// The standard-output writes parsed as JSON (json mode prints one document per write, or one array in pieces, kept as one chunk);
    /// a write that is not JSON is recorded as an issue.
    var documents: [JSONValue] {
        all.filter { $0.stream == .standardOutput }.compactMap { chunk in
            do {
                return try JSONValue(parsing: chunk.text)
            } catch {
                Issue.record("standard output is not JSON: \(chunk.text)")
                return nil
            }
        }
    }

    /// Forgets what was written.
    func clear() { chunks.withLock { $0.removeAll() } }
}
