import Foundation

/// Zoom's date-time strings: `yyyy-MM-ddTHH:mm:ssZ` (UTC) and `yyyy-MM-ddTHH:mm:ss` (local to a
/// meeting's `timezone`), and the `yyyy-MM-dd` dates of list filters.
public enum ZoomDateTime {
    /// The parts of a date-time string.
    public struct Parts: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// The month, 1–12.
        public var month: Int
        /// The day of the month, 1–31.
        public var day: Int
        /// The hour, 0–23.
        public var hour: Int
        /// The minute.
        public var minute: Int
        /// The second.
        public var second: Int
        /// Seconds east of UTC when the string has `Z` or an offset; nil for a local time.
        public var utcOffset: Int?
    }

    /// The parts of `yyyy-MM-ddTHH:mm:ss[.fff][Z|±HH:mm]`, or nil when the text is not such a
    /// date-time or names no real calendar date.
    public static func parts(_ text: String) -> Parts? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2)
        else { return nil }
        guard (1...12).contains(month), (1...daysInMonth(year: year, month: month)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            if index == start { return nil }
        }
        var offset: Int?
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
                offset = 0
                index += 1
            } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                bytes.count == index + 6, bytes[index + 3] == UInt8(ascii: ":"),
                let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 4, 2),
                hours < 24, minutes < 60
            {
                offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
                index += 6
            } else {
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        return Parts(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
    }

    /// Whether `text` is a date-time Zoom accepts.
    public static func isValid(_ text: String) -> Bool { parts(text) != nil }

    /// The instant `text` stands for: `Z`/offset forms directly, local forms in `timeZone`
    /// (nil when a local form has no time zone to go with it).
    public static func date(_ text: String, timeZone: TimeZone?) -> Date? {
        guard let parts = parts(text) else { return nil }
        if let offset = parts.utcOffset {
            return date(parts, in: utc).map { $0.addingTimeInterval(TimeInterval(-offset)) }
        }
        guard let timeZone else { return nil }
        return date(parts, in: timeZone)
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` for an instant.
    public static func utcString(_ date: Date) -> String {
        localString(date, in: utc) + "Z"
    }

    /// `yyyy-MM-ddTHH:mm:ss`: the wall-clock time of an instant in `timeZone`.
    public static func localString(_ date: Date, in timeZone: TimeZone) -> String {
        let c = calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0,
            c.minute ?? 0, c.second ?? 0)
    }

    /// Whether `text` is a `yyyy-MM-dd` date of the calendar.
    public static func isValidDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            (1...12).contains(month)
        else { return false }
        return (1...daysInMonth(year: year, month: month)).contains(day)
    }

    /// Coordinated Universal Time.
    public static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!

    /// A Gregorian calendar in `timeZone`.
    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    static func date(_ parts: Parts, in timeZone: TimeZone) -> Date? {
        calendar(timeZone).date(
            from: DateComponents(
                year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute,
                second: parts.second))
    }

    /// The number of days in `month` of `year` (proleptic Gregorian).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
