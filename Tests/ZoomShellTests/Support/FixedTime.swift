import Foundation
import Synchronization

/// The clock and zones every shell test runs with, so relative dates are stable.
enum FixedTime {
    /// Wednesday 2026-03-04 15:30:00 UTC (10:30 in New York, 16:30 in Madrid). The next Monday
    /// (2026-03-09) is the day after the US switch to summer time; Europe switches on 2026-03-29.
    static let now = Date(timeIntervalSince1970: 1_772_638_200)
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let utc = TimeZone(identifier: "UTC")!
}

/// Records the waits a shell asks for instead of waiting.
final class SleepRecorder: Sendable {
    private let waits = Mutex<[Duration]>([])

    /// The waits asked for, in order.
    var durations: [Duration] { waits.withLock { $0 } }

    /// The closure to inject as `ShellConfiguration.sleep`.
    var sleep: @Sendable (Duration) async throws -> Void {
        { [self] duration in record(duration) }
    }

    private func record(_ duration: Duration) { waits.withLock { $0.append(duration) } }
}
