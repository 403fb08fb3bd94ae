import Foundation
import Testing

@testable import ZoomModels

struct MeetingRecurrenceTests {
    func zone(_ name: String) throws -> TimeZone { try #require(TimeZone(identifier: name)) }

    /// The occurrence starts, in UTC, of `recurrence` for a meeting starting at local `start` in `zoneName`.
    func starts(_ recurrence: JSONValue, _ start: String, _ zoneName: String = "UTC", limit: Int = 60) throws
        -> [String]
    {
        let body: JSONValue = ["start_time": .string(start), "timezone": .string(zoneName), "recurrence": recurrence]
        return try MeetingRecurrence.occurrences(forMeeting: body, limit: limit).map(\.startTime)
    }

    func localStarts(_ recurrence: JSONValue, _ start: String, _ zoneName: String) throws -> [String] {
        let timeZone = try zone(zoneName)
        return try starts(recurrence, start, zoneName).map {
            ZoomDateTime.localString(try #require(ZoomDateTime.date($0, timeZone: nil)), in: timeZone)
        }
    }

    @Test func dailyEveryNDays() throws {
        #expect(
            try starts(["type": 1, "repeat_interval": 2, "end_times": 4], "2026-03-02T09:00:00", "Europe/Madrid") == [
                "2026-03-02T08:00:00Z", "2026-03-04T08:00:00Z", "2026-03-06T08:00:00Z", "2026-03-08T08:00:00Z",
            ])
    }

    @Test func daylightSavingKeepsTheWallClockTimeInMadrid() throws {
        let recurrence: JSONValue = ["type": 1, "end_times": 4]
        #expect(
            try starts(recurrence, "2026-03-27T10:00:00", "Europe/Madrid") == [
                "2026-03-27T09:00:00Z", "2026-03-28T09:00:00Z", "2026-03-29T08:00:00Z", "2026-03-30T08:00:00Z",
            ])
        #expect(
            Set(try localStarts(recurrence, "2026-03-27T10:00:00", "Europe/Madrid").map { $0.suffix(8) }) == [
                "10:00:00"
            ])
    }

    @Test func daylightSavingKeepsTheWallClockTimeInNewYork() throws {
        let recurrence: JSONValue = ["type": 2, "weekly_days": "1", "end_times": 2]
        #expect(
            try starts(recurrence, "2026-10-25T09:00:00", "America/New_York") == [
                "2026-10-25T13:00:00Z", "2026-11-01T14:00:00Z",
            ])
        #expect(
            try localStarts(recurrence, "2026-10-25T09:00:00", "America/New_York") == [
                "2026-10-25T09:00:00", "2026-11-01T09:00:00",
            ])
    }

    @Test func weeklyOnTheListedDays() throws {
        // Starts on a Tuesday: the first occurrence is the Wednesday after.
        #expect(
            try starts(["type": 2, "weekly_days": "2,4", "end_times": 4], "2026-03-03T09:00:00Z") == [
                "2026-03-04T09:00:00Z", "2026-03-09T09:00:00Z", "2026-03-11T09:00:00Z", "2026-03-16T09:00:00Z",
            ])
        #expect(
            try starts(["type": 2, "weekly_days": "2", "repeat_interval": 2, "end_times": 3], "2026-03-02T09:00:00Z")
                == [
                    "2026-03-02T09:00:00Z", "2026-03-16T09:00:00Z", "2026-03-30T09:00:00Z",
                ])
        // Weeks run Sunday to Saturday and are counted from the start's week: a Saturday start
        // with Sundays every 2 weeks skips the next day (it lies in week 1).
        #expect(
            try starts(["type": 2, "weekly_days": "1", "repeat_interval": 2, "end_times": 2], "2026-03-07T09:00:00Z")
                == [
                    "2026-03-15T09:00:00Z", "2026-03-29T09:00:00Z",
                ])
    }

    @Test func monthlyOnADay() throws {
        #expect(
            try starts(["type": 3, "monthly_day": 15, "end_times": 3], "2026-01-20T09:00:00Z") == [
                "2026-02-15T09:00:00Z", "2026-03-15T09:00:00Z", "2026-04-15T09:00:00Z",
            ])
        // Every 2 months counted from the start's month: January is past, so March, May.
        #expect(
            try starts(["type": 3, "monthly_day": 15, "repeat_interval": 2, "end_times": 2], "2026-01-20T09:00:00Z")
                == [
                    "2026-03-15T09:00:00Z", "2026-05-15T09:00:00Z",
                ])
        #expect(
            try starts(["type": 3, "monthly_day": 20, "end_times": 1], "2026-01-20T09:00:00Z") == [
                "2026-01-20T09:00:00Z"
            ])
    }

    @Test func monthlyDayPastTheEndOfAMonthFallsOnItsLastDay() throws {
        #expect(
            try starts(["type": 3, "monthly_day": 31, "end_times": 4], "2026-01-31T09:00:00Z") == [
                "2026-01-31T09:00:00Z", "2026-02-28T09:00:00Z", "2026-03-31T09:00:00Z", "2026-04-30T09:00:00Z",
            ])
        #expect(
            try starts(["type": 3, "monthly_day": 30, "end_times": 2], "2028-01-30T09:00:00Z") == [
                "2028-01-30T09:00:00Z", "2028-02-29T09:00:00Z",
            ])
    }

    @Test func monthlyOnTheLastFridayAndOtherWeeks() throws {
        #expect(
            try starts(["type": 3, "monthly_week": -1, "monthly_week_day": 6, "end_times": 4], "2026-01-01T17:00:00Z")
                == [
                    "2026-01-30T17:00:00Z", "2026-02-27T17:00:00Z", "2026-03-27T17:00:00Z", "2026-04-24T17:00:00Z",
                ])
        #expect(
            try starts(["type": 3, "monthly_week": 1, "monthly_week_day": 2, "end_times": 3], "2026-01-01T09:00:00Z")
                == [
                    "2026-01-05T09:00:00Z", "2026-02-02T09:00:00Z", "2026-03-02T09:00:00Z",
                ])
        #expect(
            try starts(["type": 3, "monthly_week": 4, "monthly_week_day": 5, "end_times": 1], "2026-11-01T18:00:00Z")
                == [
                    "2026-11-26T18:00:00Z"
                ])
    }

    @Test func endDateTimeIncludesItsWholeDateInTheMeetingsZone() throws {
        #expect(
            try starts(["type": 1, "end_date_time": "2026-03-05T00:00:00Z"], "2026-03-02T09:00:00Z") == [
                "2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z", "2026-03-04T09:00:00Z", "2026-03-05T09:00:00Z",
            ])
        // 2026-03-04T23:30Z is already March 5 in Madrid.
        #expect(
            try starts(["type": 1, "end_date_time": "2026-03-04T23:30:00Z"], "2026-03-02T18:00:00", "Europe/Madrid")
                .count == 4)
        #expect(try starts(["type": 1, "end_date_time": "2026-03-01T00:00:00Z"], "2026-03-02T09:00:00Z").isEmpty)
        #expect(
            try starts(
                ["type": 2, "weekly_days": "2,6", "end_date_time": "2026-03-13T23:59:59Z"], "2026-03-02T09:00:00Z"
            ).count == 4)
    }

    @Test func neverMoreThanSixty() throws {
        #expect(
            try starts(["type": 1, "end_times": 0], "2026-03-02T09:00:00Z").count == 60, "0 = no end, so Zoom's cap")
        #expect(try starts(["type": 1, "end_times": 60], "2026-03-02T09:00:00Z").count == 60)
        #expect(try starts(["type": 1, "end_date_time": "2030-01-01T00:00:00Z"], "2026-03-02T09:00:00Z").count == 60)
        #expect(try starts(["type": 1, "end_times": 99], "2026-03-02T09:00:00Z").count == 60)
        #expect(try starts(["type": 1, "end_times": 0], "2026-03-02T09:00:00Z", limit: 5).count == 5)
        #expect(try starts(["type": 1, "end_times": 0], "2026-03-02T09:00:00Z", limit: 500).count == 60)
    }

    @Test func withoutAnEndThereIsOneOccurrence() throws {
        #expect(try starts(["type": 1], "2026-03-02T09:00:00Z") == ["2026-03-02T09:00:00Z"])
    }

    @Test func occurrencesLookLikeZooms() throws {
        let body: JSONValue = [
            "start_time": "2022-03-25T07:46:00Z", "duration": 45, "recurrence": ["type": 1, "end_times": 2],
        ]
        let occurrences = try MeetingRecurrence.occurrences(forMeeting: body)
        #expect(occurrences.map(\.occurrenceID) == ["1648194360000", "1648280760000"])
        #expect(
            occurrences.first?.json == [
                "occurrence_id": "1648194360000", "start_time": "2022-03-25T07:46:00Z", "duration": 45,
                "status": "available",
            ])
        #expect(occurrences.first?.startDate == Date(timeIntervalSince1970: 1_648_194_360))
    }

    @Test func aMissingStartUsesTheDefault() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let occurrences = try MeetingRecurrence.occurrences(
            forMeeting: ["recurrence": ["type": 1, "end_times": 2]], defaultStart: start)
        #expect(occurrences.first?.startDate == start)
    }

    @Test func badRecurrencesAreRefused() throws {
        func message(_ body: JSONValue) -> String? {
            do {
                _ = try MeetingRecurrence.occurrences(forMeeting: body)
                return nil
            } catch { return error.message }
        }
        #expect(message(["start_time": "2026-03-02T09:00:00Z"]) == "the meeting has no recurrence")
        #expect(message(["recurrence": ["end_times": 2]]) == "recurrence.type is required")
        #expect(message(["recurrence": ["type": 4]]) == "recurrence.type 4 is not 1 (daily), 2 (weekly) or 3 (monthly)")
        #expect(
            message(["recurrence": ["type": 2, "weekly_days": "9"]])
                == "recurrence.weekly_days '9' is not a comma list of 1 to 7")
        #expect(
            message(["recurrence": ["type": 1], "timezone": "Nowhere/City"])
                == "timezone 'Nowhere/City' is not a time zone ID")
        #expect(message(["recurrence": ["type": 1], "start_time": "soon"]) == "start_time 'soon' is not a date-time")
    }

    @Test func theRuleRoundTripsThroughJSON() throws {
        let json: JSONValue = [
            "type": 3, "repeat_interval": 2, "monthly_week": -1, "monthly_week_day": 6,
            "end_date_time": "2027-01-31T23:59:59Z",
        ]
        let rule = try MeetingRecurrence(json: json)
        #expect(rule.frequency == .monthly && rule.monthlyWeek == -1 && rule.monthlyWeekDay == 6)
        #expect(rule.json == json)
        #expect(try MeetingRecurrence(json: rule.json) == rule)
    }

    @Test func civilDatesCountDaysAndWeekdays() {
        #expect(CivilDate(dayNumber: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == .thursday)
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday.rawValue == 5)
        #expect(CivilDate(year: 2026, month: 3, day: 1).weekday == .sunday)
        #expect(CivilDate(year: 1969, month: 12, day: 31).weekday == .wednesday)
        #expect(CivilDate(year: 2026, month: 11, day: 30).description == "2026-11-30")
        #expect(CivilDate(year: 987, month: 6, day: 5).description == "0987-06-05")
        #expect(CivilDate.daysInMonth(year: 2000, month: 2) == 29 && CivilDate.daysInMonth(year: 1900, month: 2) == 28)
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilDate(dayNumber: number)
            #expect(date.dayNumber == number)
        }
        #expect(
            CivilDate(year: 2026, month: 11, day: 15).firstOfMonth(addingMonths: 3)
                == CivilDate(year: 2027, month: 2, day: 1))
        #expect(
            CivilDate(year: 2026, month: 1, day: 15).firstOfMonth(addingMonths: -1)
                == CivilDate(year: 2025, month: 12, day: 1))
    }
}
