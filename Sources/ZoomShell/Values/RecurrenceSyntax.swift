import Foundation
import ZoomModels

/// The recurrence mini-syntax straight to Zoom JSON, for `set recurrence …` and `set until …`.
public enum RecurrenceSyntax {
    /// `RecurrenceRule.parse(text, timeZone:now:).json(timeZone:)`: Zoom's `recurrence` object.
    public static func parse(_ text: String, in timeZone: TimeZone, now: Date) throws -> JSONValue {
        try RecurrenceRule.parse(text, timeZone: timeZone, now: now).json(timeZone: timeZone)
    }

    /// The `end_date_time` for an `until` value: a day (`2027-01-31`, `+8w`, `next fri`) ends
    /// at its last second on the clocks of `timeZone`; a timestamp with `Z` or an offset is
    /// that instant. Always `yyyy-MM-ddTHH:mm:ssZ`.
    public static func endDateTime(_ text: String, in timeZone: TimeZone, now: Date) throws -> String {
        switch try end(text, timeZone: timeZone, now: now) {
        case .until(let day): ZoomDateTime.utcString(RecurrenceRule.endOfDay(day, in: timeZone))
        case .untilInstant(let instant): ZoomDateTime.utcString(instant)
        case .times(let count): String(count)
        }
    }

    /// Reads an `until` value as a day or an instant.
    static func end(_ text: String, timeZone: TimeZone, now: Date) throws -> RecurrenceRule.End {
        let trimmed = text.trimmingBlanks
        if trimmed.first?.isASCIIDigit == true, trimmed.contains("T") || trimmed.contains("t") {
            let time: MeetingTime
            do {
                time = try MeetingTime.parse(trimmed, timeZone: timeZone, now: now)
            } catch let error as ValueError {
                throw ValueError("'until' needs a date or a UTC time: \(error.message)")
            }
            guard time.isUTC else {
                throw ValueError(
                    "'until \(trimmed)' needs Z or an offset (e.g. \(trimmed)Z), or just the date")
            }
            return .untilInstant(time.instant)
        }
        do {
            return .until(try CivilDate.parse(trimmed, timeZone: timeZone, now: now))
        } catch let error as ValueError {
            throw ValueError("'until' needs a date: \(error.message)")
        }
    }
}
