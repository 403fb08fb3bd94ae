import Foundation

extension LineReader {
    /// ``readLine(prompt:)`` on a dedicated thread, so that waiting for the user blocks no thread of
    /// Swift's concurrency pool.
    public func nextLine(prompt: Prompt) async -> LineInput {
        await withCheckedContinuation { continuation in
            Thread {
                TerminalSignals.unblockOnCurrentThread()
                continuation.resume(returning: self.readLine(prompt: prompt))
            }.start()
        }
    }

    /// ``readSecret(prompt:)`` on a dedicated thread.
    public func nextSecret(prompt: String) async -> String? {
        await withCheckedContinuation { continuation in
            Thread {
                TerminalSignals.unblockOnCurrentThread()
                continuation.resume(returning: self.readSecret(prompt: prompt))
            }.start()
        }
    }
}
