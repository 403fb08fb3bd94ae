import Synchronization

/// A one-shot signal a task can wait for; waiting ends early when the task is cancelled.
final class InterruptWaiter: Sendable {
    private enum State {
        case idle
        case waiting(CheckedContinuation<Void, Never>)
        case fired
        case cancelled
    }

    private let state = Mutex(State.idle)

    var hasFired: Bool {
        state.withLock { if case .fired = $0 { true } else { false } }
    }

    func fire() {
        let continuation: CheckedContinuation<Void, Never>? = state.withLock { state in
            switch state {
            case .waiting(let continuation):
                state = .fired
                return continuation
            case .idle:
                state = .fired
                return nil
            case .fired, .cancelled:
                return nil
            }
        }
        continuation?.resume()
    }

    func wait() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    switch state {
                    case .idle:
                        state = .waiting(continuation)
                        return false
                    case .waiting, .fired, .cancelled:
                        return true
                    }
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Void, Never>? = state.withLock { state in
                switch state {
                case .waiting(let continuation):
                    state = .cancelled
                    return continuation
                case .idle:
                    state = .cancelled
                    return nil
                case .fired, .cancelled:
                    return nil
                }
            }
            continuation?.resume()
        }
    }
}
