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
        guard (1...12).contains(month), (1...CivilDate.daysInMonth(year: year, month: month)).contains(day),
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
    /// (nil when a local form has no time zone to go with it). A local time that happens twice
    /// (the clocks go back) is the first; one that does not exist (the clocks jump forward) is
    /// moved forward by the jump, as Foundation's `Calendar` resolves them.
    public static func date(_ text: String, timeZone: TimeZone?) -> Date? {
        guard let parts = parts(text) else { return nil }
        if let offset = parts.utcOffset { return instant(localSeconds(parts) - offset) }
        guard let timeZone else { return nil }
        return date(parts, in: timeZone)
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` for an instant (whole seconds, rounded down). The one writer of
    /// Zoom's UTC form for the client, the sandbox and the shell.
    public static func utcString(_ date: Date) -> String {
        wallClockText(wholeSeconds(date)) + "Z"
    }

    /// `yyyy-MM-ddTHH:mm:ss`: the wall-clock time of an instant in `timeZone` (whole seconds,
    /// rounded down), Zoom's local form.
    public static func localString(_ date: Date, in timeZone: TimeZone) -> String {
        wallClockText(localSeconds(date, in: timeZone))
    }

    /// Whether `text` is a `yyyy-MM-dd` date of the calendar.
    public static func isValidDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            (1...12).contains(month)
        else { return false }
        return (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
    }

    /// Coordinated Universal Time.
    public static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!

    /// The instant of the wall-clock reading `parts` (its offset ignored) in `timeZone`.
    static func date(_ parts: Parts, in timeZone: TimeZone) -> Date {
        date(localSeconds: localSeconds(parts), in: timeZone)
    }

    /// The instant of the reading `local` seconds after 1970-01-01 00:00 on the clocks of
    /// `timeZone`: the first of two readings when the clocks go back, and a reading in a jump
    /// forward moved forward by the jump.
    static func date(localSeconds local: Int, in timeZone: TimeZone) -> Date {
        var offsets: [Int] = []
        for probe in stride(from: local - 2 * 86_400, through: local + 2 * 86_400, by: 43_200) {
            let offset = timeZone.secondsFromGMT(for: instant(probe))
            if !offsets.contains(offset) { offsets.append(offset) }
        }
        let readings = offsets.map { local - $0 }.filter { timeZone.secondsFromGMT(for: instant($0)) == local - $0 }
        // In a jump, the offset before it (the smaller one) moves the reading forward.
        return instant(readings.min() ?? local - (offsets.min() ?? 0))
    }

    /// The reading of `date` on the clocks of `timeZone`, as seconds after 1970-01-01 00:00 on
    /// those clocks (whole seconds, rounded down).
    static func localSeconds(_ date: Date, in timeZone: TimeZone) -> Int {
        wholeSeconds(date) + timeZone.secondsFromGMT(for: date)
    }

    /// Seconds from 1970-01-01 00:00 to the reading `parts` on the same clock.
    static func localSeconds(_ parts: Parts) -> Int {
        CivilDate(year: parts.year, month: parts.month, day: parts.day).dayNumber * 86_400 + parts.hour * 3600
            + parts.minute * 60 + parts.second
    }

    /// `yyyy-MM-ddTHH:mm:ss` for `seconds` after 1970-01-01 00:00 on some clock.
    static func wallClockText(_ seconds: Int) -> String {
        let (days, rest) = daysAndSeconds(seconds)
        return "\(CivilDate(dayNumber: days))T\(CivilDate.pad(rest / 3600, 2)):\(CivilDate.pad(rest % 3600 / 60, 2)):"
            + CivilDate.pad(rest % 60, 2)
    }

    /// The whole seconds of `date` since 1970, rounded down; held within about three million
    /// years either way (and 0 for NaN) so that any `Date` can be written.
    static func wholeSeconds(_ date: Date) -> Int {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard !seconds.isNaN else { return 0 }
        return Int(min(max(seconds, -1e14), 1e14))
    }

    /// `seconds` after 1970-01-01 00:00 as whole days and the seconds into the last day.
    static func daysAndSeconds(_ seconds: Int) -> (days: Int, seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (days, seconds - days * 86_400)
    }

    static func instant(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
