import Foundation
import ZoomModels

/// A meeting start read from what a person typed, ready to send to Zoom.
///
/// Without an offset the time is a wall-clock reading in `timeZone` and is sent as
/// `yyyy-MM-ddTHH:mm:ss` together with the `timezone` field; with `Z` or an offset
/// (`+02:00`, `-0500`) it is an instant and is sent in UTC as `yyyy-MM-ddTHH:mm:ssZ`.
/// See `MeetingTime.parse(_:timeZone:now:)` for the forms.
public struct MeetingTime: Sendable, Hashable {
    /// The moment the meeting starts.
    public var instant: Date
    /// Whether the input carried `Z` or an offset: send `utcTimestamp`.
    public var isUTC: Bool
    /// The zone the reading belongs to: the one named in the input (`… Europe/Madrid`),
    /// else the zone given to `parse`.
    public var timeZone: TimeZone
    /// Whether the input named a time zone (the interpreter may then set the draft's `timezone`).
    public var zoneWasGiven: Bool
    /// A remark for the user, e.g. that the reading happens twice (fall-back) and which was taken.
    public var note: String?

    /// A value from its parts.
    public init(instant: Date, isUTC: Bool, timeZone: TimeZone, zoneWasGiven: Bool = false, note: String? = nil) {
        self.instant = instant
        self.isUTC = isUTC
        self.timeZone = timeZone
        self.zoneWasGiven = zoneWasGiven
        self.note = note
    }

    /// The `start_time` to send: `utcTimestamp` for UTC input, else `localTimestamp`.
    public var requestValue: String { isUTC ? utcTimestamp : localTimestamp }

    /// `yyyy-MM-ddTHH:mm:ss` on the clocks of `timeZone`.
    public var localTimestamp: String { ZoomDateTime.localString(instant, in: timeZone) }

    /// `yyyy-MM-ddTHH:mm:ssZ`.
    public var utcTimestamp: String { ZoomDateTime.utcString(instant) }

    /// Parses a start time; `timeZone` is the meeting's zone (relative days resolve there)
    /// and `now` the current instant.
    ///
    /// Forms (words in any case):
    /// - `2026-12-01 10:00`, `2026-12-01 10:00:30`, `2026-12-01T10:00`, `2026-12-01T10:00:00`
    /// - `…Z`, `…+02:00`, `…-0500`, `…+05` (also as a separate word, `2026-12-01 10:00 Z`, and
    ///   `UTC`/`GMT`): an instant, sent as UTC. Fractional seconds are dropped.
    /// - `… Europe/Madrid` (a trailing IANA zone): the reading is in that zone.
    /// - `today 15:00`, `tomorrow 09:30`;
    ///   `monday 10:00` — the coming Monday: today if it is Monday and 10:00 is still ahead;
    ///   `next monday 10:00` — the first Monday after today (1 to 7 days ahead).
    /// - `10:00` alone — today if 10:00 is still ahead, else tomorrow.
    /// - 12-hour clocks: `9:30am`, `9:30 pm`, `3pm`, `12am` (midnight), `12pm` (noon);
    ///   also `noon` and `midnight`.
    /// - `now`, `in 2h`, `in 90m`, `in 1h30m`, `in 2d`: from `now`, rounded down to the minute.
    ///
    /// A reading that does not exist (a spring-forward gap) is refused naming the gap; one that
    /// happens twice (fall-back) takes the first and says so in `note`.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date) throws -> MeetingTime {
        var reader = MeetingTimeReader(text: text, zone: timeZone, now: now)
        return try reader.read()
    }
}
