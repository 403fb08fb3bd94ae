import Foundation
import ZoomModels

/// A recurrence read from the mini-syntax (`weekly on mon,wed until 2027-01-31`), turned into
/// Zoom's `recurrence` object by `json(timeZone:)`. Only syntax is checked here; ranges
/// (`end_times` ≤ 60, intervals, day numbers) are ZoomModels' validation.
public struct RecurrenceRule: Sendable, Hashable, CustomStringConvertible {
    /// How the series ends.
    public enum End: Sendable, Hashable {
        /// After N occurrences (`end_times`).
        case times(Int)
        /// After the last occurrence on or before this day, in the meeting's zone (`end_date_time`).
        case until(CivilDate)
        /// After this instant (`until 2027-01-31T23:00:00Z`).
        case untilInstant(Date)
    }

    /// daily, weekly or monthly.
    public var frequency: MeetingRecurrence.Frequency
    /// `every N` → `repeat_interval`.
    public var interval: Int?
    /// `on mon,wed` → `weekly_days` (sorted, Zoom numbers).
    public var weekdays: [Weekday]
    /// `day 15` → `monthly_day`.
    public var monthDay: Int?
    /// `last fri` / `2nd tue` → `monthly_week` (−1 for last, 1…4).
    public var monthWeek: Int?
    /// The weekday of `monthWeek` → `monthly_week_day`.
    public var monthWeekday: Weekday?
    /// `times N` or `until DATE`.
    public var end: End?

    /// A rule from its parts.
    public init(
        frequency: MeetingRecurrence.Frequency, interval: Int? = nil, weekdays: [Weekday] = [], monthDay: Int? = nil,
        monthWeek: Int? = nil, monthWeekday: Weekday? = nil, end: End? = nil
    ) {
        self.frequency = frequency
        self.interval = interval
        self.weekdays = weekdays
        self.monthDay = monthDay
        self.monthWeek = monthWeek
        self.monthWeekday = monthWeekday
        self.end = end
    }

    /// Zoom's `recurrence` object. Keys in this order when present: `type`, `repeat_interval`,
    /// `weekly_days` (`"2,4"`), `monthly_day`, `monthly_week`, `monthly_week_day`, `end_times`,
    /// `end_date_time`. `until DAY` becomes the last second of that day (23:59:59) on the
    /// clocks of `timeZone`, sent in UTC (`2027-01-31T22:59:59Z` for Europe/Madrid).
    public func json(timeZone: TimeZone) -> JSONValue {
        var object = JSONObject()
        object["type"] = .int(Int64(frequency.rawValue))
        if let interval { object["repeat_interval"] = .int(Int64(interval)) }
        if !weekdays.isEmpty {
            object["weekly_days"] = .string(weekdays.map { String($0.rawValue) }.joined(separator: ","))
        }
        if let monthDay { object["monthly_day"] = .int(Int64(monthDay)) }
        if let monthWeek { object["monthly_week"] = .int(Int64(monthWeek)) }
        if let monthWeekday { object["monthly_week_day"] = .int(Int64(monthWeekday.rawValue)) }
        switch end {
        case .times(let count): object["end_times"] = .int(Int64(count))
        case .until(let day):
            object["end_date_time"] = .string(ZoomDateTime.utcString(Self.endOfDay(day, in: timeZone)))
        case .untilInstant(let instant): object["end_date_time"] = .string(ZoomDateTime.utcString(instant))
        case nil: break
        }
        return .object(object)
    }

    /// The last second of `day` on the clocks of `zone`: the second before the next day's
    /// first reading of 00:00 (a midnight gap moves it to the transition).
    static func endOfDay(_ day: CivilDate, in zone: TimeZone) -> Date {
        let nextMidnight = WallTime(day: day.adding(days: 1), hour: 0, minute: 0).localSeconds
        let noonOffset = zone.secondsFromGMT(for: WallClock.date(nextMidnight - 12 * 3600))
        let offset = zone.secondsFromGMT(for: WallClock.date(nextMidnight - noonOffset - 1))
        return WallClock.date(nextMidnight - offset - 1)
    }

    /// The rule in the mini-syntax, canonical (`weekly every 2 on tue,thu times 6`).
    public var description: String {
        var words = [frequency.name]
        if let interval { words.append("every \(interval)") }
        if !weekdays.isEmpty { words.append("on " + weekdays.map(\.shortName).joined(separator: ",")) }
        if let monthDay { words.append("day \(monthDay)") }
        if let monthWeek, let monthWeekday {
            let ordinal =
                monthWeek == -1 ? "last" : ["first", "second", "third", "fourth"][max(0, min(3, monthWeek - 1))]
            words.append("\(ordinal) \(monthWeekday.shortName)")
        }
        switch end {
        case .times(let count): words.append("times \(count)")
        case .until(let day): words.append("until \(day)")
        case .untilInstant(let instant): words.append("until \(ZoomDateTime.utcString(instant))")
        case nil: break
        }
        return words.joined(separator: " ")
    }
}
