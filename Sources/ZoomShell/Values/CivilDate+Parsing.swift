import Foundation
import ZoomModels

// The days the shell reads: `yyyy-mm-dd` strictly, and for `list --from/--to` and `until` the
// relative forms (`today`, `+7d`, `next monday`).
extension CivilDate {
    /// Parses `yyyy-MM-dd` strictly (four-digit year, two-digit month and day, a real date).
    public static func parse(_ text: String) throws -> CivilDate {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
            pieces.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
            let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2])
        else {
            throw ValueError("'\(text)' is not a date: write it as yyyy-mm-dd, e.g. 2026-12-01")
        }
        guard year >= 1 else { throw ValueError("'\(text)' is not a date: the year must be 0001 or later") }
        guard (1...12).contains(month) else {
            throw ValueError("'\(text)' is not a date: the month must be 01 to 12")
        }
        let days = Self.daysInMonth(year: year, month: month)
        guard (1...days).contains(day) else {
            throw ValueError(
                "'\(text)' is not a date: \(monthNames[month - 1]) \(pieces[0]) has \(days) days")
        }
        return CivilDate(year: year, month: month, day: day)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Parses a day for `list --from/--to`: `yyyy-mm-dd`, `today`, `tomorrow`, `yesterday`,
    /// `+7d`, `-7d`, `+2w`, `-2w`, a weekday (`monday`: the coming one, today included) or
    /// `next monday` (1 to 7 days ahead) / `last monday` (1 to 7 days back). Relative days
    /// count from `now` on the clocks of `timeZone`.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date) throws -> CivilDate {
        let trimmed = text.trimmingBlanks
        let words = trimmed.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let today = WallTime(instant: now, zone: timeZone).day
        let forms = "write yyyy-mm-dd, today, tomorrow, yesterday, +7d, -2w, monday or next monday"
        guard let first = words.first else { throw ValueError("a date is needed: \(forms)") }
        if words.count == 2, first == "next" || first == "last" {
            guard let weekday = Weekday(name: words[1]) else {
                let hint = DidYouMean.hint(for: words[1], among: Weekday.spellings)
                throw ValueError("'\(first)' must be followed by a weekday, got '\(words[1])'\(hint)")
            }
            let ahead = (weekday.rawValue - today.weekday.rawValue + 7) % 7
            let back = (today.weekday.rawValue - weekday.rawValue + 7) % 7
            return first == "next"
                ? today.adding(days: ahead == 0 ? 7 : ahead) : today.adding(days: -(back == 0 ? 7 : back))
        }
        guard words.count == 1 else { throw ValueError("'\(trimmed)' is not a date: \(forms)") }
        switch first {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let weekday = Weekday(name: first) {
            return today.adding(days: (weekday.rawValue - today.weekday.rawValue + 7) % 7)
        }
        if let sign = first.first, sign == "+" || sign == "-" {
            let body = first.dropFirst()
            guard let unit = body.last, unit == "d" || unit == "w", let count = Int(body.dropLast()),
                body.dropLast().allSatisfy(\.isASCIIDigit), count <= 100_000
            else {
                throw ValueError("'\(trimmed)' is not a date offset: write +7d, -7d, +2w or -2w")
            }
            let days = count * (unit == "w" ? 7 : 1)
            return today.adding(days: sign == "+" ? days : -days)
        }
        if first.first?.isASCIIDigit == true { return try parse(trimmed) }
        let hint = DidYouMean.hint(
            for: first, among: ["today", "tomorrow", "yesterday", "next", "last"] + Weekday.spellings)
        throw ValueError("'\(trimmed)' is not a date" + (hint.isEmpty ? ": \(forms)" : hint))
    }
}
