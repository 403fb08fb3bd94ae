#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Blocking reads from a descriptor that end early on Ctrl-C.
///
/// Each read registers with ``InterruptSignal`` for interrupts arriving after it started; an
/// interrupt writes to a private pipe, which `poll` watches beside the input. This works whichever
/// thread receives SIGINT, unlike relying on `read` failing with `EINTR`.
final class InterruptibleInput: @unchecked Sendable {
    /// The outcome of waiting for input.
    enum Wait: Equatable {
        case readable
        case interrupted
        case failed(Int32)
    }

    let descriptor: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    // Only touched by the thread inside `begin()` / `end()` (reads are serialized by the readers).
    private var listener: UInt64?
    private var startCount = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            for wake in descriptors {
                _ = fcntl(wake, F_SETFD, FD_CLOEXEC)
                _ = fcntl(wake, F_SETFL, fcntl(wake, F_GETFL) | O_NONBLOCK)
            }
        }
        wakeRead = descriptors[0]
        wakeWrite = descriptors[1]
    }

    deinit {
        if let listener { InterruptSignal.shared.removeListener(listener) }
        if wakeRead >= 0 { close(wakeRead) }
        if wakeWrite >= 0 { close(wakeWrite) }
    }

    /// Starts a read: only interrupts from now on count.
    func begin() {
        drainWakePipe()
        startCount = InterruptSignal.shared.count
        let wakeWrite = self.wakeWrite
        listener = InterruptSignal.shared.addListener(after: startCount) {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
    }

    /// Ends a read.
    func end() {
        if let listener { InterruptSignal.shared.removeListener(listener) }
        listener = nil
    }

    /// Waits until the descriptor can be read (or is at its end or broken) or an interrupt arrives.
    func waitForInput() -> Wait {
        var descriptors = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&descriptors, 2, -1)
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failed(errno)
            }
            if descriptors[1].revents != 0 {
                drainWakePipe()
                return .interrupted
            }
            if descriptors[0].revents & Int16(POLLNVAL) != 0 { return .failed(EBADF) }
            if descriptors[0].revents != 0 { return .readable }
        }
    }

    /// Reads up to `count` bytes into `buffer` once input is available: the number read (0 at the
    /// end of the input), or `nil` on an interrupt; `errno` is set on failure (-1).
    func readBytes(into buffer: UnsafeMutableRawPointer, count: Int) -> Int? {
        while true {
            switch waitForInput() {
            case .interrupted:
                return nil
            case .failed(let code):
                errno = code
                return -1
            case .readable:
                let result = read(descriptor, buffer, count)
                if result < 0, errno == EINTR || errno == EAGAIN { continue }
                return result
            }
        }
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(wakeRead, $0.baseAddress, $0.count) }) > 0 {}
    }
}
