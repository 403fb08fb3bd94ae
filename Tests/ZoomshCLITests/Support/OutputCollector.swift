import Foundation
import Synchronization

/// Reads a pipe on its own thread until end of file, keeping everything read.
final class OutputCollector: Sendable {
    private struct State {
        var data = Data()
        var closed = false
    }

    private let state = Mutex(State())
    private let handle: FileHandle

    /// Starts reading `handle` (the read end of a pipe).
    init(_ handle: FileHandle) {
        self.handle = handle
        let thread = Thread { [self] in readToEnd() }
        thread.start()
    }

    /// The bytes read so far.
    var data: Data { state.withLock { $0.data } }
    /// The bytes read so far as UTF-8 text.
    var text: String { String(decoding: data, as: UTF8.self) }
    /// Whether the writer closed the pipe.
    var isClosed: Bool { state.withLock { $0.closed } }

    /// Waits until `condition` holds for the text read so far, or the pipe closes, or `deadline`.
    /// Returns whether the condition held.
    func wait(until deadline: ContinuousClock.Instant, for condition: (String) -> Bool) async -> Bool {
        while true {
            let (text, closed) = state.withLock { (String(decoding: $0.data, as: UTF8.self), $0.closed) }
            if condition(text) { return true }
            if closed || ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    private func readToEnd() {
        let descriptor = handle.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            state.withLock { $0.data.append(contentsOf: buffer[0..<count]) }
        }
        state.withLock { $0.closed = true }
    }
}
