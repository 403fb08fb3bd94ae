import Foundation
import ZoomModels

/// Prints instants for people (Zoom's own forms are `ZoomDateTime.utcString` and `localString`).
public enum TimeDisplay {
    /// `2026-12-01 10:00 CET (UTC+01:00)`: the reading on the clocks of `zone`, the zone's
    /// abbreviation (its identifier when it has no alphabetic one) and its UTC offset then.
    /// UTC itself prints as `2026-12-01 09:00 UTC`. Seconds show only when not zero;
    /// `weekday` puts the day's short name first (`Tue 2026-12-01 10:00 CET (UTC+01:00)`).
    public static func describe(_ instant: Date, in zone: TimeZone, weekday: Bool = false) -> String {
        let wall = WallTime(instant: instant, zone: zone)
        let prefix = weekday ? wall.day.weekday.shortName.capitalized + " " : ""
        let offset = zone.secondsFromGMT(for: instant)
        if offset == 0, isUTC(zone) {
            return "\(prefix)\(wall.shortText) UTC"
        }
        let name = abbreviation(for: instant, in: zone) ?? zone.identifier
        return "\(prefix)\(wall.shortText) \(name) (\(offsetText(offset)))"
    }

    /// `UTC+01:00`, `UTC-05:00`, `UTC+05:30`, `UTC+00:00` for an offset in seconds.
    public static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "UTC\(sign)\(CivilDate.pad(minutes / 60, 2)):\(CivilDate.pad(minutes % 60, 2))"
    }

    /// The zone's alphabetic abbreviation at `instant` (`CET`, `CEST`, `IST`, `EDT`) from the
    /// system's time zone database, or nil when it has none (`-03`) or the database is absent.
    public static func abbreviation(for instant: Date, in zone: TimeZone) -> String? {
        let offset = zone.secondsFromGMT(for: instant)
        guard let name = TimeZoneDatabase.abbreviation(for: instant, identifier: zone.identifier, offset: offset),
            (2...6).contains(name.count), name.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return name
    }
}

extension TimeDisplay {
    static func isUTC(_ zone: TimeZone) -> Bool {
        ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu", "GMT+0000"]
            .contains(zone.identifier)
    }
}
