#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signals a line editor reacts to.
enum TerminalSignals {
    /// Unblocks SIGINT, SIGWINCH, SIGTSTP and SIGCONT on the calling thread. A thread started from
    /// one of Swift's concurrency threads inherits their mask, which blocks every signal; the reading
    /// thread unblocks these so that the process always has a thread to take them.
    static func unblockOnCurrentThread() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
