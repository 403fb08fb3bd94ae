import Foundation
import Synchronization
import Testing

@testable import LineEditing

#if canImport(Glibc)
    import Glibc
#endif

extension ReadingTests {
    @Suite struct InterruptMonitorTests {
        /// The SIGINT handler currently installed.
        private func currentHandler() -> UInt {
            var action = sigaction()
            sigaction(SIGINT, nil, &action)
            return action.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: UInt.self) } ?? 0
        }

        /// Raises a real SIGINT on a thread that does not block it (Swift's concurrency threads block
        /// every signal, so `raise` from a test would leave it pending) and waits for the handler.
        private func raiseInterrupt() {
            let done = DispatchSemaphore(value: 0)
            Thread {
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, SIGINT)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(SIGINT)
                done.signal()
            }.start()
            done.wait()
        }

        @Test func returnsTheOperationsValue() async throws {
            let monitor = InterruptMonitor()
            #expect(try await monitor.cancellingOnInterrupt { 42 } == 42)
            await #expect(throws: CancellationError.self) {
                try await monitor.cancellingOnInterrupt { () async throws -> Int in throw CancellationError() }
            }
        }

        @Test func aRealSIGINTCancelsTheRunningOperation() async throws {
            let monitor = InterruptMonitor()
            let started = InterruptWaiter()
            let sawCancellation = Atomic<Bool>(false)
            let operation = Task {
                try await monitor.cancellingOnInterrupt {
                    started.fire()
                    do {
                        try await Task.sleep(for: .seconds(600))
                    } catch {
                        sawCancellation.store(true, ordering: .sequentiallyConsistent)
                        throw error
                    }
                    return 1
                }
            }
            await started.wait()
            let before = monitor.interruptCount
            raiseInterrupt()  // the process survives: the monitor's handler takes it
            await #expect(throws: InterruptedError.self) { try await operation.value }
            let cancelled = sawCancellation.load(ordering: .sequentiallyConsistent)
            #expect(cancelled)
            #expect(monitor.interruptCount == before + 1)
        }

        @Test func anInterruptBeforeTheOperationDoesNotCancelIt() async throws {
            let monitor = InterruptMonitor()
            raiseInterrupt()
            let value = try await monitor.cancellingOnInterrupt {
                try await Task.sleep(for: .milliseconds(1))
                return "done"
            }
            #expect(value == "done")
        }

        @Test func anOperationThatFinishesDespiteTheInterruptKeepsItsValue() async throws {
            let monitor = InterruptMonitor()
            let value = try await monitor.cancellingOnInterrupt {
                InterruptSignal.shared.simulate()
                // Ignores cancellation and waits until the interrupt was delivered.
                while !Task.isCancelled { await Task.yield() }
                return "finished"
            }
            #expect(value == "finished")
        }

        @Test func cancellingTheCallerCancelsTheOperation() async throws {
            let monitor = InterruptMonitor()
            let started = InterruptWaiter()
            let task = Task {
                try await monitor.cancellingOnInterrupt {
                    started.fire()
                    try await Task.sleep(for: .seconds(600))
                }
            }
            await started.wait()
            task.cancel()
            await #expect(throws: CancellationError.self) { try await task.value }
        }

        @Test func thePreviousHandlerIsRestoredWhenTheLastHolderGoes() {
            let previous = currentHandler()
            do {
                let first = InterruptMonitor()
                let second = InterruptMonitor()
                #expect(currentHandler() != previous)
                withExtendedLifetime(first) {}
                #expect(currentHandler() != previous)
                withExtendedLifetime(second) {}
            }
            #expect(currentHandler() == previous)
        }
    }
}
