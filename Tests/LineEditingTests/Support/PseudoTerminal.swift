import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A pseudo-terminal pair for driving a line reader inside the test process: the reader uses the
/// secondary side, the test types on the primary side and reads what the reader displayed.
final class PseudoTerminal: @unchecked Sendable {
    struct Timeout: Error, CustomStringConvertible {
        let what: String
        let output: String
        var description: String { "timed out waiting for \(what); output so far: \(output.debugDescription)" }
    }

    let primary: Int32
    let secondary: Int32
    private let shared = Shared()
    private var consumed = 0

    /// What the reading thread shares with the terminal (it never holds the terminal itself, so that
    /// releasing the terminal stops the thread and closes the descriptors).
    private final class Shared: Sendable {
        let output = Mutex<[UInt8]>([])
        let stopped = Atomic<Bool>(false)
        let readerDone = DispatchSemaphore(value: 0)
    }

    init(columns: UInt16 = 80, rows: UInt16 = 24) throws {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else {
            throw Timeout(what: "openpty (errno \(errno))", output: "")
        }
        _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
        _ = fcntl(secondary, F_SETFD, FD_CLOEXEC)
        self.primary = primary
        self.secondary = secondary
        Thread { [shared, primary] in Self.readLoop(primary: primary, shared: shared) }.start()
    }

    deinit {
        shared.stopped.store(true, ordering: .sequentiallyConsistent)
        shared.readerDone.wait()
        close(primary)
        close(secondary)
    }

    private static func readLoop(primary: Int32, shared: Shared) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !shared.stopped.load(ordering: .sequentiallyConsistent) {
            var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 20) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
            if count > 0 {
                shared.output.withLock { $0 += buffer[0..<count] }
            } else if count < 0, errno != EINTR, errno != EAGAIN {
                break
            }
        }
        shared.readerDone.signal()
    }

    /// Everything displayed so far.
    var text: String {
        shared.output.withLock { String(decoding: $0, as: UTF8.self) }
    }

    /// Waits until `needle` appears in the output after what earlier calls consumed; returns the
    /// output up to and including it.
    @discardableResult
    func expect(_ needle: String, timeout: Duration = .seconds(10)) throws -> String {
        let target = Array(needle.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            let found: String? = shared.output.withLock { bytes in
                guard let range = Self.find(target, in: bytes, from: consumed) else { return nil }
                defer { consumed = range.upperBound }
                return String(decoding: bytes[consumed..<range.upperBound], as: UTF8.self)
            }
            if let found { return found }
            guard ContinuousClock.now < deadline else { throw Timeout(what: needle.debugDescription, output: text) }
            usleep(5000)
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

    /// The local modes of the terminal.
    var localModes: tcflag_t {
        var modes = termios()
        tcgetattr(primary, &modes)
        return modes.c_lflag
    }

    /// Waits until `condition` holds for the terminal's local modes.
    func waitForModes(_ what: String, timeout: Duration = .seconds(10), _ condition: (tcflag_t) -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition(localModes) {
            guard ContinuousClock.now < deadline else { throw Timeout(what: what, output: text) }
            usleep(2000)
        }
    }

    /// Types `keys` once the line editor has left canonical mode (keys typed earlier can be lost).
    func type(_ keys: String) throws {
        try waitForModes("raw mode") { $0 & tcflag_t(ICANON) == 0 }
        write(keys)
    }

    /// Types `keys` at once.
    func write(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(primary, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 { offset += written } else if errno != EINTR { return }
        }
    }
}

/// Runs a blocking call on its own thread and waits for its result with a time limit.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Mutex<Value?>(nil)

    init(_ body: @escaping @Sendable () -> Value) {
        Thread { [self] in
            let value = body()
            result.withLock { $0 = value }
            done.signal()
        }.start()
    }

    func value(timeout: Duration = .seconds(10)) throws -> Value {
        let seconds = Double(timeout.components.seconds)
        guard done.wait(timeout: .now() + seconds) == .success, let value = result.withLock({ $0 }) else {
            throw PseudoTerminal.Timeout(what: "the reader to return", output: "")
        }
        return value
    }
}
