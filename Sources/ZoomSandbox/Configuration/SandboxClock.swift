import Foundation
import Synchronization

/// Where the sandbox reads the time: token expiry, per-second and daily rate limits, page
/// tokens, meeting status and occurrences all follow it.
///
/// Inject a `ManualSandboxClock` in tests to cross midnight or let a token expire without waiting.
public protocol SandboxClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system's wall clock.
public struct SystemSandboxClock: SandboxClock {
    /// The system clock.
    public init() {}

    public func now() -> Date { Date() }
}

/// A clock that stands still until it is moved: for tests.
public final class ManualSandboxClock: SandboxClock {
    private let current: Mutex<Date>

    /// A clock that reads `start` until it is advanced or set.
    public init(_ start: Date) {
        current = Mutex(start)
    }

    /// A clock at an ISO 8601 instant (`2026-11-30T23:59:30Z`); traps on a malformed literal.
    public convenience init(iso8601 text: String) {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            preconditionFailure("ManualSandboxClock: '\(text)' is not an ISO 8601 instant like 2026-11-30T23:59:30Z")
        }
        self.init(date)
    }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward (or back, with a negative interval) by `interval` seconds.
    public func advance(by interval: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(interval) }
    }

    /// Moves the clock forward by `duration`.
    public func advance(by duration: Duration) {
        let parts = duration.components
        advance(by: TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18)
    }

    /// Sets the clock to `date`.
    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}
