import Foundation
import Synchronization

/// Runs a blocking call on its own thread and waits for its result with a time limit: how a
/// test drives a line reader inside its own process (the reader blocks on the
/// ``PseudoTerminal``'s secondary side while the test types on the primary side).
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Mutex<Value?>(nil)

    /// Starts `body` on a new thread.
    public init(_ body: @escaping @Sendable () -> Value) {
        Thread { [self] in
            let value = body()
            result.withLock { $0 = value }
            done.signal()
        }.start()
    }

    /// The result, once `body` returned; throws when it takes longer than `timeout` (whole seconds).
    public func value(timeout: Duration = .seconds(10)) throws -> Value {
        let seconds = Double(timeout.components.seconds)
        guard done.wait(timeout: .now() + seconds) == .success, let value = result.withLock({ $0 }) else {
            throw PseudoTerminal.Failure(
                message: "timed out after \(timeout) waiting for the reader to return", output: "")
        }
        return value
    }
}
