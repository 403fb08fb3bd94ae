import Foundation

/// Reads a `Retry-After` value: a number of seconds, an ISO-8601 date-time
/// (`2026-12-01T00:00:00Z`, as Zoom sends it) or an HTTP-date (`Tue, 01 Dec 2026 00:00:00 GMT`).
public enum RetryAfter {
    /// The moment `value` names, counting seconds from `now`; nil when it cannot be read.
    public static func date(from value: String, now: Date) -> Date? {
        let text = value.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        if let seconds = Double(text), seconds.isFinite {
            return now.addingTimeInterval(max(0, seconds))
        }
        if let date = isoDate(text) { return date }
        for format in httpDateFormats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7).
    private static let httpDateFormats = [
        "EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy",
    ]

    static func isoDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// The next 00:00 UTC after `now`: when Zoom's daily limits reset.
    public static func nextMidnightUTC(after now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let today = calendar.startOfDay(for: now)
        return calendar.date(byAdding: .day, value: 1, to: today)!
    }
}
