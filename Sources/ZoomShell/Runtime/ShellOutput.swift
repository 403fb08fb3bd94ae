import Foundation
import Synchronization

/// Where the shell writes: results on standard output, messages and errors on standard error.
public protocol ShellOutput: Sendable {
    /// Writes `text` (already ending in a newline where one is meant) to a stream.
    func write(_ text: String, to stream: ShellStream)
}

/// The two output streams.
public enum ShellStream: Sendable, Hashable {
    /// Results: what a script's caller reads.
    case standardOutput
    /// Messages, warnings and errors.
    case standardError
}

/// Output kept in memory, for tests and for capturing.
public final class BufferedOutput: ShellOutput {
    private let state = Mutex<(out: String, err: String)>(("", ""))

    /// An empty buffer.
    public init() {}

    public func write(_ text: String, to stream: ShellStream) {
        state.withLock {
            switch stream {
            case .standardOutput: $0.out += text
            case .standardError: $0.err += text
            }
        }
    }

    /// Everything written to standard output.
    public var standardOutput: String { state.withLock { $0.out } }
    /// Everything written to standard error.
    public var standardError: String { state.withLock { $0.err } }

    /// Forgets what was written.
    public func clear() { state.withLock { $0 = ("", "") } }
}

/// Output to the process's file descriptors 1 and 2, unbuffered.
public struct FileDescriptorOutput: ShellOutput {
    /// Output to the process's standard streams.
    public init() {}

    public func write(_ text: String, to stream: ShellStream) {
        let descriptor: Int32 = stream == .standardOutput ? 1 : 2
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
