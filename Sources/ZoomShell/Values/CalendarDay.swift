import Foundation

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

    /// The day `dayNumber` days after 1970-01-01 (H. Hinnant's civil_from_days).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The weekday in Zoom's numbering: 1 = Sunday … 7 = Saturday.
    public var weekday: Weekday {
        let sinceThursday = ((dayNumber % 7) + 7) % 7
        return Weekday(rawValue: (sinceThursday + 4) % 7 + 1)!
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// `yyyy-MM-dd`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
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
