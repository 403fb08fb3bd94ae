import Synchronization

/// Turns Ctrl-C (SIGINT) into the cancellation of the running command.
///
/// While a monitor exists, SIGINT no longer terminates the process: it cancels the operations
/// running under ``cancellingOnInterrupt(_:)`` and interrupts the line being read by a
/// ``LineReader`` (which returns ``LineInput/interrupted``). The previous disposition of SIGINT is
/// restored when the last monitor (and the last line editor) goes away.
///
/// A Ctrl-C pressed while a line is read (inside libedit) never cancels a later operation: an
/// operation only reacts to interrupts that arrive after it started.
public final class InterruptMonitor: Sendable {
    /// Installs the SIGINT handler.
    public init() {
        InterruptSignal.shared.retain()
    }

    deinit {
        InterruptSignal.shared.release()
    }

    /// The number of interrupts received by the process so far.
    public var interruptCount: Int {
        InterruptSignal.shared.count
    }

    /// Runs `operation` in a child task and cancels it on Ctrl-C.
    ///
    /// Returns what the operation returns. When Ctrl-C arrived while it ran, waits for it to finish
    /// (cancellation is cooperative) and throws ``InterruptedError`` unless it returned normally.
    /// Cancelling the calling task cancels the operation too.
    public func cancellingOnInterrupt<Value: Sendable>(
        _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let waiter = InterruptWaiter()
        let token = InterruptSignal.shared.addListener(after: InterruptSignal.shared.count) {
            waiter.fire()
        }
        defer { InterruptSignal.shared.removeListener(token) }
        return try await withThrowingTaskGroup(of: Outcome<Value>.self) { group in
            group.addTask { .finished(try await operation()) }
            group.addTask {
                await waiter.wait()
                return .interrupted
            }
            var interrupted = false
            while let outcome = try await nextOutcome(of: &group) {
                switch outcome {
                case .interrupted:
                    if waiter.hasFired {
                        interrupted = true
                        group.cancelAll()
                    }
                case .finished(let value):
                    group.cancelAll()
                    return value
                case .failed(let error):
                    group.cancelAll()
                    if interrupted || waiter.hasFired { throw InterruptedError() }
                    throw error
                }
            }
            throw InterruptedError()
        }
    }

    private enum Outcome<Value: Sendable>: Sendable {
        case finished(Value)
        case interrupted
        case failed(any Error)
    }

    /// The next outcome of the group, turning a thrown error into `.failed`.
    private func nextOutcome<Value>(
        of group: inout ThrowingTaskGroup<Outcome<Value>, any Error>
    ) async throws -> Outcome<Value>? {
        do {
            return try await group.next()
        } catch {
            return .failed(error)
        }
    }
}
