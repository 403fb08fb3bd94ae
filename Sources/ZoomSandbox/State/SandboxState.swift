import Foundation

/// Everything a sandbox remembers: meetings (deleted ones for 7 days, to recover them), the
/// next meeting number and the daily create/update counters per host.
struct SandboxState: Sendable, Equatable {
    /// A host's meeting create/update requests on one UTC day.
    struct DailyCount: Sendable, Equatable {
        /// The UTC day, `yyyy-MM-dd`.
        var day: String
        /// The requests counted on that day.
        var count: Int
    }

    /// The serial number of the next meeting; meeting IDs are derived from it.
    var nextMeetingSerial: Int64 = 1
    /// The meetings by ID, deleted ones included.
    var meetings: [Int64: StoredMeeting] = [:]
    /// The daily counters by host user ID.
    var dailyCounts: [String: DailyCount] = [:]

    /// How long a deleted meeting can be recovered.
    static let recoveryPeriod: TimeInterval = 7 * 86_400

    /// The meeting ID of a serial number: an 11-digit number that looks random but never
    /// repeats (multiplying by a number prime to 10¹⁰ permutes the residues).
    static func meetingID(serial: Int64) -> Int64 {
        80_000_000_000 + (serial &* 7_919_333) % 10_000_000_000
    }

    /// Takes the next meeting ID.
    mutating func takeMeetingID() -> Int64 {
        var id = Self.meetingID(serial: nextMeetingSerial)
        nextMeetingSerial += 1
        while meetings[id] != nil {
            id = Self.meetingID(serial: nextMeetingSerial)
            nextMeetingSerial += 1
        }
        return id
    }

    /// The meetings that are not deleted.
    var liveMeetings: [StoredMeeting] { meetings.values.filter { $0.deletedAt == nil } }

    /// A host's requests counted on the UTC day of `now`.
    func dailyCount(for hostID: String, at now: Date) -> Int {
        guard let count = dailyCounts[hostID], count.day == UTCDay.key(now) else { return 0 }
        return count.count
    }

    /// Counts one create/update request of `hostID` at `now`.
    mutating func countDaily(for hostID: String, at now: Date) {
        let day = UTCDay.key(now)
        let previous = dailyCounts[hostID].flatMap { $0.day == day ? $0.count : nil } ?? 0
        dailyCounts[hostID] = DailyCount(day: day, count: previous + 1)
    }

    /// Forgets deleted meetings older than the recovery period and counters of past days.
    /// Returns whether anything was forgotten.
    mutating func prune(at now: Date) -> Bool {
        let before = (meetings.count, dailyCounts.count)
        meetings = meetings.filter { _, meeting in
            meeting.deletedAt.map { now.timeIntervalSince($0) < Self.recoveryPeriod } ?? true
        }
        let today = UTCDay.key(now)
        dailyCounts = dailyCounts.filter { $0.value.day == today }
        return before != (meetings.count, dailyCounts.count)
    }
}
