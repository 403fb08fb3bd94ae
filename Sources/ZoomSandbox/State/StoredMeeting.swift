import Foundation
import ZoomModels

/// A meeting as the sandbox keeps it: the object Zoom would return (without the parts that
/// depend on the time of asking) and the bookkeeping behind them.
struct StoredMeeting: Sendable, Equatable {
    /// The meeting ID.
    var id: Int64
    /// The host's user ID.
    var hostID: String
    /// The meeting object, keys in Zoom's order; `status`, `occurrences` and `start_url` are
    /// added when it is shown.
    var object: JSONObject
    /// The occurrences of a recurring meeting with a fixed time, in order.
    var occurrences: [StoredOccurrence]
    /// When the meeting was created.
    var createdAt: Date
    /// When the host (`PUT …/status` `end`) last ended it.
    var endedAt: Date?
    /// When it was deleted; deleted meetings can be recovered for 7 days.
    var deletedAt: Date?

    /// The meeting type (1, 2, 3, 8, 10).
    var type: Int64 { object["type"]?.intValue ?? 2 }
    /// The start, for types with one.
    var start: Date? { object["start_time"]?.stringValue.flatMap { ZoomDateTime.date($0, timeZone: nil) } }
    /// The scheduled length in minutes.
    var duration: Int64 { object["duration"]?.intValue ?? 60 }
    /// The meeting's time zone.
    var timeZone: TimeZone {
        object["timezone"]?.stringValue.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }
}

/// One occurrence of a recurring meeting.
struct StoredOccurrence: Sendable, Equatable {
    /// Zoom's occurrence ID: the original start in milliseconds since 1970 (it stays when
    /// one occurrence is moved).
    var id: String
    /// When it starts.
    var start: Date
    /// Its length in minutes.
    var duration: Int64
    /// Whether it was deleted (`DELETE /meetings/{id}?occurrence_id=…`).
    var isDeleted: Bool

    init(id: String, start: Date, duration: Int64, isDeleted: Bool = false) {
        self.id = id
        self.start = start
        self.duration = duration
        self.isDeleted = isDeleted
    }

    /// An occurrence whose ID follows from its start.
    init(start: Date, duration: Int64) {
        self.init(id: String(Int64((start.timeIntervalSince1970 * 1000).rounded())), start: start, duration: duration)
    }

    /// When it ends.
    var end: Date { start.addingTimeInterval(TimeInterval(duration * 60)) }
}

/// A meeting's scheduled time windows, from which its status and list filters follow.
struct MeetingWindow: Sendable, Equatable {
    var start: Date
    var end: Date
}

extension StoredMeeting {
    /// The windows in which the meeting is scheduled to run: its occurrences (not deleted),
    /// or its one start; none for a recurring meeting without a fixed time.
    var windows: [MeetingWindow] {
        if type == 8, !occurrences.isEmpty {
            return occurrences.filter { !$0.isDeleted }.map { MeetingWindow(start: $0.start, end: $0.end) }
        }
        if type == 3 { return [] }
        let start = self.start ?? createdAt
        return [MeetingWindow(start: start, end: start.addingTimeInterval(TimeInterval(duration * 60)))]
    }

    /// `started` while a window scheduled ahead of time is running (the sandbox's host starts
    /// on time; a meeting created for "now" waits for a host who never comes) and the host has
    /// not ended it (`PUT …/status {"action":"end"}`); `waiting` otherwise. Zoom's spec knows
    /// only these two: a meeting that has ended waits for its next start.
    func status(at now: Date) -> String {
        let begun = windows.filter { $0.start <= now }
        if let current = begun.last(where: { now < $0.end && $0.start > createdAt }),
            endedAt.map({ $0 < current.start }) ?? true
        {
            return "started"
        }
        return "waiting"
    }

    /// Whether some window has not ended yet at `now` (or the meeting has no fixed time).
    func isUpcoming(at now: Date) -> Bool {
        type == 3 || windows.contains { now < $0.end }
    }
}
