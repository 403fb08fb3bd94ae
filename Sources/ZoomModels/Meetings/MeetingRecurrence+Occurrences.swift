import Foundation

// Expanding a recurrence into its occurrences, the way Zoom does.
//
// Everything is computed in the meeting's time zone: each occurrence starts at the same
// wall-clock time as `start_time`, whatever daylight-saving change lies between them.
// - daily: every N days from the start date;
// - weekly: on the listed weekdays of every Nth week, weeks running Sunday to Saturday and
//   counted from the week of the start date;
// - monthly: on day D, or on the Nth / last weekday, of every Nth month counted from the
//   start's month. A month without day D (the 31st in April) has its occurrence on its last day.
// Dates before the start date are skipped. The series ends after `end_times` occurrences
// (0 = no end; absent together with `end_date_time` = 1, Zoom's default) or with the last
// occurrence whose date, in the meeting's time zone, is not after the date of `end_date_time`.
// There are never more than 60 (Zoom's limit).
extension MeetingRecurrence {
    /// The start instants of the occurrences of a meeting that starts at `start` in `timeZone`,
    /// at most `limit` (and never more than Zoom's 60).
    public func occurrenceDates(start: Date, timeZone: TimeZone, limit: Int = maximumOccurrences) -> [Date] {
        dates(start: start, timeZone: timeZone, cap: min(max(limit, 0), Self.maximumOccurrences))
    }

    /// The occurrences of a meeting that starts at `start` in `timeZone` and lasts `duration`
    /// minutes; ids are the start in epoch milliseconds (`"1648194360000"`), as Zoom's.
    public func occurrences(start: Date, timeZone: TimeZone, duration: Int = 60, limit: Int = maximumOccurrences)
        -> [MeetingOccurrence]
    {
        occurrenceDates(start: start, timeZone: timeZone, limit: limit).map {
            MeetingOccurrence(start: $0, duration: duration)
        }
    }

    /// The occurrences of a meeting body or a meeting from Zoom (`start_time`, `timezone`,
    /// `duration`, `recurrence`). A `start_time` without `Z` is read in `timezone`; when
    /// `start_time` is absent the meeting starts at `defaultStart` (Zoom: now), when `timezone`
    /// is absent `defaultTimeZone` is used.
    public static func occurrences(
        forMeeting meeting: JSONValue, defaultStart: Date = Date(), defaultTimeZone: TimeZone = ZoomDateTime.utc,
        limit: Int = maximumOccurrences
    ) throws(MeetingRecurrenceError) -> [MeetingOccurrence] {
        guard let recurrenceJSON = meeting["recurrence"] else {
            throw MeetingRecurrenceError("the meeting has no recurrence")
        }
        let rule = try MeetingRecurrence(json: recurrenceJSON)
        var timeZone = defaultTimeZone
        if let name = meeting["timezone"]?.stringValue, !name.isEmpty {
            guard let zone = TimeZone(identifier: name) else {
                throw MeetingRecurrenceError("timezone '\(name)' is not a time zone ID")
            }
            timeZone = zone
        }
        var start = defaultStart
        if let text = meeting["start_time"]?.stringValue {
            guard let date = ZoomDateTime.date(text, timeZone: timeZone) else {
                throw MeetingRecurrenceError("start_time '\(text)' is not a date-time")
            }
            start = date
        }
        let duration = meeting["duration"]?.intValue.flatMap { Int(exactly: $0) } ?? 60
        return rule.occurrences(start: start, timeZone: timeZone, duration: duration, limit: limit)
    }

    func dates(start: Date, timeZone: TimeZone, cap: Int) -> [Date] {
        let (firstDay, timeOfDay) = ZoomDateTime.daysAndSeconds(ZoomDateTime.localSeconds(start, in: timeZone))
        let first = CivilDate(dayNumber: firstDay)
        var count = cap
        if let endTimes, endTimes > 0 { count = min(count, endTimes) }
        if endTimes == nil, endDateTime == nil { count = min(count, 1) }
        let last = endDateTime.map { end in
            CivilDate(dayNumber: ZoomDateTime.daysAndSeconds(ZoomDateTime.localSeconds(end, in: timeZone)).days)
        }
        let days = candidateDays(from: first, upTo: last, count: count)
        return days.map { ZoomDateTime.date(localSeconds: $0.dayNumber * 86_400 + timeOfDay, in: timeZone) }
    }

    /// The dates of the first `count` occurrences on or after `first` and not after `last`.
    private func candidateDays(from first: CivilDate, upTo last: CivilDate?, count: Int) -> [CivilDate] {
        var result: [CivilDate] = []
        let interval = max(repeatInterval, 1)
        // Each step yields the candidates of one period (a day, a week, a month) in order.
        var period = 0
        let maximumPeriods = 100_000
        while result.count < count, period < maximumPeriods {
            for candidate in candidates(period: period * interval, from: first) where candidate >= first {
                if let last, candidate > last { return result }
                result.append(candidate)
                if result.count == count { return result }
            }
            period += 1
        }
        return result
    }

    private func candidates(period: Int, from first: CivilDate) -> [CivilDate] {
        switch frequency {
        case .daily:
            return [first.adding(days: period)]
        case .weekly:
            let weekStart = first.adding(days: -(first.weekday.rawValue - 1) + 7 * period)
            let days = weeklyDays.isEmpty ? [1] : weeklyDays
            return days.sorted().map { weekStart.adding(days: $0 - 1) }
        case .monthly:
            let monthStart = first.firstOfMonth(addingMonths: period)
            if let week = monthlyWeek, let weekday = monthlyWeekDay {
                return [Self.weekday(weekday, week: week, in: monthStart)]
            }
            let day = min(monthlyDay ?? 1, monthStart.daysInMonth)
            return [CivilDate(year: monthStart.year, month: monthStart.month, day: day)]
        }
    }

    /// The `week`th (1…4, or -1 = last) `weekday` of the month that starts at `monthStart`.
    static func weekday(_ weekday: Int, week: Int, in monthStart: CivilDate) -> CivilDate {
        if week < 0 {
            let lastDay = CivilDate(year: monthStart.year, month: monthStart.month, day: monthStart.daysInMonth)
            return lastDay.adding(days: -(((lastDay.weekday.rawValue - weekday) % 7 + 7) % 7))
        }
        let firstMatch = monthStart.adding(days: ((weekday - monthStart.weekday.rawValue) % 7 + 7) % 7)
        return firstMatch.adding(days: 7 * (week - 1))
    }
}
