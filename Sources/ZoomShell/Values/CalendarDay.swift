import Foundation
import ZoomModels

/// A calendar date without a time or zone (proleptic Gregorian), printed `yyyy-MM-dd`.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (1…9999 when parsed).
    public var year: Int
    /// The month, 1…12.
    public var month: Int
    /// The day of the month, 1…31.
    public var day: Int

    /// A day from its parts (not checked; see `CalendarDay.parse`).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let civil = CivilDate(dayNumber: dayNumber)
        self.init(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int { CivilDate(year: year, month: month, day: day).dayNumber }

    /// The weekday in Zoom's numbering: 1 = Sunday … 7 = Saturday.
    public var weekday: Weekday {
        Weekday(rawValue: CivilDate(year: year, month: month, day: day).weekday)!
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// `yyyy-MM-dd`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        ZoomDateTime.daysInMonth(year: year, month: month)
    }

    /// Parses `yyyy-MM-dd` strictly (four-digit year, two-digit month and day, a real date).
    public static func parse(_ text: String) throws -> CalendarDay {
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
        let days = daysInMonth(year: year, month: month)
        guard (1...days).contains(day) else {
            throw ValueError(
                "'\(text)' is not a date: \(monthNames[month - 1]) \(pieces[0]) has \(days) days")
        }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Orders by date.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        let padded = text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        return value < 0 ? "-" + padded : padded
    }
}

extension CalendarDay {
    /// Parses a day for `list --from/--to`: `yyyy-mm-dd`, `today`, `tomorrow`, `yesterday`,
    /// `+7d`, `-7d`, `+2w`, `-2w`, a weekday (`monday`: the coming one, today included) or
    /// `next monday` (1 to 7 days ahead) / `last monday` (1 to 7 days back). Relative days
    /// count from `now` on the clocks of `timeZone`.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date) throws -> CalendarDay {
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
