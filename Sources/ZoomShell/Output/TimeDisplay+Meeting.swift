import Foundation

extension TimeDisplay {
    /// The start in the meeting's zone, in UTC and in the local zone:
    /// `2026-12-01 10:00 CET (UTC+01:00) · 09:00 UTC · 04:00 EST (UTC-05:00) local`.
    /// The local part is left out when it reads the same as the meeting's or UTC's.
    static func threeZones(_ instant: Date, meeting: TimeZone, local: TimeZone) -> String {
        var parts = [describe(instant, in: meeting, weekday: true) + " \(meeting.identifier)"]
        parts.append(describe(instant, in: TimeZone(identifier: "UTC")!))
        let localOffset = local.secondsFromGMT(for: instant)
        if localOffset != meeting.secondsFromGMT(for: instant) && localOffset != 0 {
            parts.append(describe(instant, in: local) + " local")
        }
        return parts.joined(separator: " · ")
    }

    /// One reading for tables: `Tue 2026-12-01 10:00 CET (UTC+01:00)`.
    static func short(_ instant: Date, in zone: TimeZone) -> String {
        describe(instant, in: zone, weekday: true)
    }
}
