import Dispatch
import Foundation

/// Runs work until SIGINT or SIGTERM arrives, then cancels it.
enum SignalWait {
    static func untilInterrupted(_ operation: @escaping @Sendable () async throws -> Void) async throws {
        let task = Task { try await operation() }
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            sources.append(source)
        }
        defer {
            for source in sources { source.cancel() }
        }
        do {
            try await task.value
        } catch is CancellationError {
            return
        }
    }
}
