import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The number of SIGINTs received so far (written by the signal handler).
private let interruptCount = Atomic<Int>(0)
/// The write end of the pipe the signal handler writes a byte to (-1 before installation).
private let interruptPipeWriteEnd = Atomic<Int32>(-1)

/// The SIGINT handler: async-signal-safe (an atomic increment and a `write`).
private func handleInterrupt(_: Int32) {
    let savedErrno = errno
    interruptCount.add(1, ordering: .sequentiallyConsistent)
    let descriptor = interruptPipeWriteEnd.load(ordering: .sequentiallyConsistent)
    if descriptor >= 0 {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }
    errno = savedErrno
}

/// The process-wide SIGINT handling shared by the line readers and ``InterruptMonitor``.
///
/// While anyone holds it (``retain()``), SIGINT runs a handler that counts the signal and writes a
/// byte to a pipe; a dispatch source on that pipe then tells every listener registered *before* the
/// signal arrived. Works whichever thread the kernel delivers the signal to. When the last holder
/// releases it, the previous disposition is restored.
///
/// While libedit's `el_gets` runs with `EL_SIGNAL` on, libedit's own handler takes SIGINT first,
/// puts the terminal back in cooked mode and re-raises the signal, which reaches this handler.
final class InterruptSignal: Sendable {
    static let shared = InterruptSignal()

    private struct Listener {
        let after: Int
        let action: @Sendable () -> Void
    }

    private struct State {
        var holders = 0
        var previousAction = sigaction()
        var listeners: [UInt64: Listener] = [:]
        var nextListener: UInt64 = 0
        var source: (any DispatchSourceRead)?
    }

    private let state = Mutex(State())

    /// The number of SIGINTs received so far (and simulated ones).
    var count: Int {
        interruptCount.load(ordering: .sequentiallyConsistent)
    }

    /// Installs the handler (the first holder) and keeps it installed until the matching ``release()``.
    func retain() {
        state.withLock { state in
            state.holders += 1
            guard state.holders == 1 else { return }
            if state.source == nil {
                state.source = makeSource()
                startReceivingThread()
            }
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = handleInterrupt
            #else
                action.__sigaction_u.__sa_handler = handleInterrupt
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(SIGINT, &action, &state.previousAction)
        }
    }

    /// Restores the previous SIGINT disposition when the last holder releases the handler.
    func release() {
        state.withLock { state in
            guard state.holders > 0 else { return }
            state.holders -= 1
            if state.holders == 0 {
                sigaction(SIGINT, &state.previousAction, nil)
            }
        }
    }

    /// Calls `action` (on a private queue) for the first SIGINT counted after `after`, then forgets it.
    /// Returns a token for ``removeListener(_:)``.
    func addListener(after: Int, _ action: @escaping @Sendable () -> Void) -> UInt64 {
        let token = state.withLock { state in
            state.nextListener += 1
            state.listeners[state.nextListener] = Listener(after: after, action: action)
            return state.nextListener
        }
        // A signal may have arrived between reading `after` and registering.
        if count > after { dispatchPending() }
        return token
    }

    /// The number of listeners waiting.
    var listenerCount: Int {
        state.withLock { $0.listeners.count }
    }

    /// Forgets a listener that has not fired yet.
    func removeListener(_ token: UInt64) {
        _ = state.withLock { $0.listeners.removeValue(forKey: token) }
    }

    /// Behaves as if SIGINT had been received (for tests and for callers that detect Ctrl-C otherwise).
    func simulate() {
        state.withLock { state in
            if state.source == nil { state.source = makeSource() }
        }
        handleInterrupt(SIGINT)
    }

    /// Starts a thread that only waits for signals, with SIGINT unblocked: the kernel delivers a
    /// process-directed SIGINT to a thread that does not block it, and every thread may block it —
    /// Swift's concurrency threads do, and so does a whole process started by a Swift program
    /// (a child inherits the mask of the thread that spawned it).
    private func startReceivingThread() {
        let thread = Thread {
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            while true { pause() }
        }
        thread.name = "zoomsh.sigint"
        thread.start()
    }

    private func makeSource() -> any DispatchSourceRead {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { fatalError("cannot create the interrupt pipe: \(errno)") }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        let readEnd = descriptors[0]
        let source = DispatchSource.makeReadSource(
            fileDescriptor: readEnd, queue: DispatchQueue(label: "zoomsh.interrupts"))
        source.setEventHandler { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 64)
            while buffer.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
            self?.dispatchPending()
        }
        source.resume()
        interruptPipeWriteEnd.store(descriptors[1], ordering: .sequentiallyConsistent)
        return source
    }

    private func dispatchPending() {
        let current = count
        let due: [@Sendable () -> Void] = state.withLock { state in
            let fired = state.listeners.filter { $0.value.after < current }
            for key in fired.keys { state.listeners.removeValue(forKey: key) }
            return fired.sorted { $0.key < $1.key }.map(\.value.action)
        }
        for action in due { action() }
    }
}
