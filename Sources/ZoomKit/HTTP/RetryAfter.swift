import Foundation
import ZoomModels

/// Reads a `Retry-After` value: a number of seconds, an ISO-8601 date-time
/// (`2026-12-01T00:00:00Z`, as Zoom sends it) or an HTTP-date (`Tue, 01 Dec 2026 00:00:00 GMT`).
///
/// Waits are clamped to `0...maximumWait` (ten years), so that no value (`1e20`, `1e400`, a
/// date in the year 9999) can overflow a `Duration`.
public enum RetryAfter {
    /// The longest wait a `Retry-After` is read as, in seconds: ten years.
    public static let maximumWait: TimeInterval = 10 * 365 * 86400

    /// The moment `value` names, counting seconds from `now` (a negative number is `now`), at
    /// most `maximumWait` ahead; nil when it cannot be read (`NaN`, `inf`, other text).
    public static func date(from value: String, now: Date) -> Date? {
        let text = value.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        if let seconds = seconds(text) {
            return now.addingTimeInterval(seconds)
        }
        if let date = isoDate(text) ?? httpDate(text) {
            return date.timeIntervalSince(now) > maximumWait ? now.addingTimeInterval(maximumWait) : date
        }
        return nil
    }

    /// The seconds from `now` until `date`, clamped to `0...maximumWait`.
    public static func wait(until date: Date, from now: Date) -> TimeInterval {
        let interval = date.timeIntervalSince(now)
        guard !interval.isNaN else { return 0 }
        return min(max(0, interval), maximumWait)
    }

    /// A delta-seconds value written as a decimal number (`120`, `1.5`, `1e20`, `-3`),
    /// clamped to `0...maximumWait`; nil for anything else, `nan` and `inf` included.
    private static func seconds(_ text: String) -> TimeInterval? {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            text.contains(where: \.isNumber), let value = Double(text), !value.isNaN
        else { return nil }
        return min(max(0, value), maximumWait)
    }

    private static func httpDate(_ text: String) -> Date? {
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
