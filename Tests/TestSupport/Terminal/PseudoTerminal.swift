import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A pseudo-terminal pair driven like a person at a keyboard: a program (a line reader inside
/// the test process, or a spawned child, see ``PTYProcess``) uses the secondary side; the test
/// types on the primary side and reads what the program displayed.
///
/// - A thread reads the primary side into a buffer from the start, so nothing the program
///   writes blocks or is lost.
/// - ``send(_:timeout:)`` waits until the terminal has left canonical mode before it types:
///   libedit shows its prompt before switching, and keys typed in between can be lost.
/// - ``expect(_:timeout:)`` waits for text after what earlier calls matched, in the raw bytes
///   or in the text without escape sequences (chosen when the terminal is made).
/// - The descriptors are closed by ``close()`` or when the value is released.
public final class PseudoTerminal: @unchecked Sendable {
    /// A wait that ran out of time, or a terminal or program that could not be set up; shows
    /// what the program displayed.
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public let output: String

        public init(message: String, output: String) {
            self.message = message
            self.output = output
        }

        public var description: String { "\(message); output so far:\n\(output)" }
    }

    /// What ``expect(_:timeout:)`` searches.
    public enum OutputView: Sendable {
        /// The bytes as written, escape sequences included (``rawOutput``).
        case raw
        /// The text without escape sequences, carriage returns and backspaces (``output``).
        case text
    }

    /// The primary side (the test's).
    public let primary: Int32
    /// The secondary side (the program's).
    public let secondary: Int32
    /// The size the terminal was opened with.
    public let columns: Int
    public let rows: Int
    /// What ``expect(_:timeout:)`` searches.
    public let view: OutputView

    private let shared = Shared()
    private let closed = Atomic<Bool>(false)

    private struct State {
        var bytes: [UInt8] = []
        var consumed = 0  // the UTF-8 offset in `view` already matched by `expect`
    }

    /// What the reading thread shares with the terminal; it never holds the terminal itself, so
    /// that releasing the terminal closes it.
    private final class Shared: Sendable {
        let state = Mutex(State())
        let stopReading = Atomic<Bool>(false)
        let readerFinished = DispatchSemaphore(value: 0)
    }

    /// Opens a pseudo-terminal of `columns` × `rows` whose ``expect(_:timeout:)`` searches `view`.
    public init(columns: Int = 80, rows: Int = 24, expecting view: OutputView = .text) throws {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else {
            throw Failure(message: "openpty failed: \(String(cString: strerror(errno)))", output: "")
        }
        _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
        _ = fcntl(secondary, F_SETFD, FD_CLOEXEC)
        self.primary = primary
        self.secondary = secondary
        self.columns = columns
        self.rows = rows
        self.view = view
        // Our copy of the secondary side stays open until `close()`: once every copy is closed, Linux may
        // fail reads of the primary side with EIO before the last output of a program that exited was read.
        Thread { [shared, primary] in Self.readLoop(primary: primary, shared: shared) }.start()
    }

    deinit {
        close()
    }

    /// Stops the reading thread and closes both sides (again: nothing happens).
    public func close() {
        guard !closed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        shared.stopReading.store(true, ordering: .sequentiallyConsistent)
        shared.readerFinished.wait()
        Glibc.close(primary)
        Glibc.close(secondary)
    }

    private static func readLoop(primary: Int32, shared: Shared) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !shared.stopReading.load(ordering: .sequentiallyConsistent) {
            var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 20) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
            if count > 0 {
                shared.state.withLock { $0.bytes += buffer[0..<count] }
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                break
            }
        }
        shared.readerFinished.signal()
    }

    // MARK: - Output

    /// Everything the program wrote, escape sequences included.
    public var rawOutput: String {
        shared.state.withLock { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// Everything the program wrote, without escape sequences, carriage returns and backspaces.
    public var output: String {
        PTYScreen.strippingControls(rawOutput)
    }

    /// What the terminal shows now (a minimal emulation; see ``PTYScreen``).
    public var screen: PTYScreen {
        var screen = PTYScreen(columns: columns, rows: rows)
        screen.feed(rawOutput)
        return screen
    }

    /// Waits until `text` appears in ``view`` after what earlier calls matched, and returns the
    /// output from there up to and including `text`.
    @discardableResult
    public func expect(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            let haystack: [UInt8]
            switch view {
            case .raw: haystack = shared.state.withLock { $0.bytes }
            case .text: haystack = Array(output.utf8)
            }
            let found: String? = shared.state.withLock { state in
                guard let range = Self.find(needle, in: haystack, from: state.consumed) else { return nil }
                defer { state.consumed = range.upperBound }
                return String(decoding: haystack[state.consumed..<range.upperBound], as: UTF8.self)
            }
            if let found { return found }
            guard ContinuousClock.now < deadline else {
                throw Failure(
                    message: "timed out after \(timeout) waiting for \(text.debugDescription)",
                    output: String(decoding: haystack, as: UTF8.self))
            }
            usleep(5_000)
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count - start >= needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    // MARK: - Modes

    /// The terminal's local modes (`c_lflag`), as the program set them.
    public var localModes: tcflag_t {
        var modes = termios()
        tcgetattr(primary, &modes)
        return modes.c_lflag
    }

    /// Waits until `condition` holds for the terminal's local modes.
    public func waitForModes(
        _ what: String, timeout: Duration = .seconds(10), _ condition: (tcflag_t) -> Bool
    ) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition(localModes) {
            guard ContinuousClock.now < deadline else {
                throw Failure(message: "timed out after \(timeout) waiting for \(what)", output: output)
            }
            usleep(2_000)
        }
    }

    /// Waits until the program has put the terminal in non-canonical ("raw") mode, as a line editor does.
    public func waitForRawMode(timeout: Duration = .seconds(10)) throws {
        try waitForModes("the terminal to leave canonical mode", timeout: timeout) { $0 & tcflag_t(ICANON) == 0 }
    }

    /// Waits until the program has turned echo off, as a secret prompt does.
    public func waitForEchoOff(timeout: Duration = .seconds(10)) throws {
        try waitForModes("echo to be turned off", timeout: timeout) { $0 & tcflag_t(ECHO) == 0 }
    }

    // MARK: - Input

    /// Types `keys` once the terminal is in raw mode (e.g. `"meetings list\r"`, `"\t"`, `"\u{1B}[A"`).
    public func send(_ keys: String, timeout: Duration = .seconds(10)) throws {
        try waitForRawMode(timeout: timeout)
        sendImmediately(keys)
    }

    /// Types `keys` without waiting (for programs reading in canonical mode, or with echo off).
    public func sendImmediately(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(primary, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if errno != EINTR && errno != EAGAIN {
                return
            }
        }
    }

    /// Changes the terminal's size (the program learns it from a SIGWINCH, see ``PTYProcess``).
    public func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
    }
}
