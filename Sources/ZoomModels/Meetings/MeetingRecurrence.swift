import Foundation

/// A meeting's `recurrence` object as a typed rule.
///
/// Zoom numbers weekdays 1 = Sunday … 7 = Saturday; `monthly_week` is 1…4 or -1 for the last
/// week. Absent keys take Zoom's defaults: `repeat_interval` 1, `weekly_days` "1", and, when
/// neither `end_times` nor `end_date_time` is given, `end_times` 1.
public struct MeetingRecurrence: Sendable, Hashable {
    /// How often the meeting repeats.
    public enum Frequency: Int, Sendable, Hashable, CaseIterable {
        /// `recurrence.type` 1.
        case daily = 1
        /// `recurrence.type` 2.
        case weekly = 2
        /// `recurrence.type` 3.
        case monthly = 3

        /// `daily`, `weekly`, `monthly`.
        public var name: String {
            switch self {
            case .daily: "daily"
            case .weekly: "weekly"
            case .monthly: "monthly"
            }
        }
    }

    /// Zoom's limit on the occurrences of one recurring meeting.
    public static let maximumOccurrences = 60

    /// Daily, weekly or monthly.
    public var frequency: Frequency
    /// Every N days, weeks or months (≥ 1).
    public var repeatInterval: Int
    /// Weekly: the weekdays, 1 = Sunday … 7 = Saturday.
    public var weeklyDays: [Int]
    /// Monthly by date: the day of the month (1–31).
    public var monthlyDay: Int?
    /// Monthly by weekday: the week, 1…4 or -1 for the last.
    public var monthlyWeek: Int?
    /// Monthly by weekday: the weekday, 1 = Sunday … 7 = Saturday.
    public var monthlyWeekDay: Int?
    /// How many occurrences (0 = no end, so Zoom's limit of 60).
    public var endTimes: Int?
    /// The last date the meeting recurs on.
    public var endDateTime: Date?

    /// A rule.
    public init(
        frequency: Frequency, repeatInterval: Int = 1, weeklyDays: [Int] = [], monthlyDay: Int? = nil,
        monthlyWeek: Int? = nil, monthlyWeekDay: Int? = nil, endTimes: Int? = nil, endDateTime: Date? = nil
    ) {
        self.frequency = frequency
        self.repeatInterval = repeatInterval
        self.weeklyDays = weeklyDays
        self.monthlyDay = monthlyDay
        self.monthlyWeek = monthlyWeek
        self.monthlyWeekDay = monthlyWeekDay
        self.endTimes = endTimes
        self.endDateTime = endDateTime
    }

    /// The rule of a `recurrence` object; throws when a key Zoom needs is missing or wrong.
    public init(json: JSONValue) throws(MeetingRecurrenceError) {
        guard case .object(let object) = json else { throw MeetingRecurrenceError("recurrence must be an object") }
        func integer(_ key: String) throws(MeetingRecurrenceError) -> Int? {
            guard let value = object[key] else { return nil }
            guard case .int(let number) = value, let small = Int(exactly: number) else {
                throw MeetingRecurrenceError("recurrence.\(key) must be a whole number, not \(value.compactText)")
            }
            return small
        }
        guard let type = try integer("type") else { throw MeetingRecurrenceError("recurrence.type is required") }
        guard let frequency = Frequency(rawValue: type) else {
            throw MeetingRecurrenceError("recurrence.type \(type) is not 1 (daily), 2 (weekly) or 3 (monthly)")
        }
        let interval = try integer("repeat_interval") ?? 1
        guard interval >= 1 else { throw MeetingRecurrenceError("recurrence.repeat_interval must be at least 1") }
        var days: [Int] = []
        if let value = object["weekly_days"] {
            guard let text = value.stringValue else {
                throw MeetingRecurrenceError("recurrence.weekly_days must be a string such as \"2,4\"")
            }
            for part in text.split(separator: ",") {
                guard let day = Int(part.trimmingCharacters(in: .whitespaces)), (1...7).contains(day) else {
                    throw MeetingRecurrenceError("recurrence.weekly_days '\(text)' is not a comma list of 1 to 7")
                }
                if !days.contains(day) { days.append(day) }
            }
        }
        var end: Date?
        if let value = object["end_date_time"] {
            guard let text = value.stringValue, let date = ZoomDateTime.date(text, timeZone: ZoomDateTime.utc) else {
                throw MeetingRecurrenceError("recurrence.end_date_time \(value.compactText) is not a date-time")
            }
            end = date
        }
        self.init(
            frequency: frequency, repeatInterval: interval, weeklyDays: days.sorted(),
            monthlyDay: try integer("monthly_day"), monthlyWeek: try integer("monthly_week"),
            monthlyWeekDay: try integer("monthly_week_day"), endTimes: try integer("end_times"), endDateTime: end)
        if let week = monthlyWeek, ![-1, 1, 2, 3, 4].contains(week) {
            throw MeetingRecurrenceError("recurrence.monthly_week \(week) is not -1, 1, 2, 3 or 4")
        }
        if let day = monthlyWeekDay, !(1...7).contains(day) {
            throw MeetingRecurrenceError("recurrence.monthly_week_day \(day) is not 1 to 7")
        }
        if let day = monthlyDay, !(1...31).contains(day) {
            throw MeetingRecurrenceError("recurrence.monthly_day \(day) is not 1 to 31")
        }
        if let count = endTimes, count < 0 { throw MeetingRecurrenceError("recurrence.end_times must not be negative") }
    }

    /// The `recurrence` object Zoom takes for this rule.
    public var json: JSONValue {
        var object = JSONObject()
        object["type"] = .int(Int64(frequency.rawValue))
        object["repeat_interval"] = .int(Int64(repeatInterval))
        if !weeklyDays.isEmpty { object["weekly_days"] = .string(weeklyDays.map(String.init).joined(separator: ",")) }
        if let monthlyDay { object["monthly_day"] = .int(Int64(monthlyDay)) }
        if let monthlyWeek { object["monthly_week"] = .int(Int64(monthlyWeek)) }
        if let monthlyWeekDay { object["monthly_week_day"] = .int(Int64(monthlyWeekDay)) }
        if let endTimes { object["end_times"] = .int(Int64(endTimes)) }
        if let endDateTime { object["end_date_time"] = .string(ZoomDateTime.utcString(endDateTime)) }
        return .object(object)
    }
}

/// A `recurrence` object that cannot be turned into a rule, or a meeting without one.
public struct MeetingRecurrenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// An error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
