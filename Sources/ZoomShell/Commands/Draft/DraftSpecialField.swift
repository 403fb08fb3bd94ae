import Foundation
import ZoomModels

/// The names `set` takes besides the catalog's own paths and aliases, or reads its own way: the
/// one list that `set`, `unset`, the checker, completion and help read.
enum DraftSpecialField: String, CaseIterable, Sendable {
    /// The user meetings are created for (a session setting, not a body field).
    case host
    /// `start_time`, read as people write times (`tomorrow 10:00`).
    case start
    /// The recurrence, in words (`weekly on mon,wed until 2027-01-31`).
    case recurrence
    /// The zone, an IANA name (`Europe/Madrid`).
    case timezone
    /// The length, in any form people type (`1h30m`, `90min`, `1:30`).
    case duration
    /// The last day of a recurrence (`recurrence.end_date_time`), kept as a day.
    case until

    /// Every name that stands for it, as written.
    var names: [String] {
        switch self {
        case .host: ["host"]
        case .start: ["start", "start_time"]
        case .recurrence: ["recurrence"]
        case .timezone: ["timezone", "tz"]
        case .duration: ["duration"]
        case .until: ["until", "recurrence.end_date_time"]
        }
    }

    /// Whether the name is not a catalog field or alias (so the field list and hints must add it).
    var isExtraName: Bool { self == .host || self == .until }

    /// The special field a name (as written) stands for.
    static func named(_ name: String) -> DraftSpecialField? { byName[name] }

    private static let byName: [String: DraftSpecialField] = {
        var table: [String: DraftSpecialField] = [:]
        for field in allCases { for name in field.names { table[name] = field } }
        return table
    }()

    /// The names that are not catalog fields or aliases: `host`, `until`.
    static let extraNames: [String] = allCases.filter(\.isExtraName).map(\.rawValue)

    /// Every name `set` takes: the catalog's paths and aliases and the extra names.
    static let setNames: [String] = {
        let catalog = MeetingFieldCatalog.standard
        return catalog.allPaths + catalog.aliases.keys.sorted() + extraNames
    }()

    /// Help for the names that are not catalog fields, by name.
    var help: (headline: String, text: String)? {
        switch self {
        case .host:
            (
                "host",
                """
                the Zoom user meetings are created for and listed of (default `me`): a user id or an
                email, e.g. `set host anna@example.com`; `create --host` and `list --host` change it
                for one command
                """
            )
        case .until:
            (
                "until",
                """
                the last day a recurrence runs: `set until 2027-01-31` (or `… until DAY` in `set recurrence`)
                sets recurrence.end_date_time to the end of that day in the meeting's zone; days are
                yyyy-mm-dd, today, tomorrow, +7d, -2w, a weekday or next monday
                """
            )
        default: nil
        }
    }

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The words completion offers for the value, given the value words typed so far; nil when
    /// the catalog's field decides.
    func valueWords(after typed: [String]) -> [String]? {
        switch self {
        case .start: ["today", "tomorrow", "now", "in", "next"] + Self.weekdays
        case .recurrence:
            typed.isEmpty
                ? ["daily", "weekly", "monthly"]
                : ["every", "on", "until", "times", "day", "last", "first"] + Self.weekdays
        case .timezone: TimeZone.knownTimeZoneIdentifiers
        case .host, .duration, .until: nil
        }
    }
}
