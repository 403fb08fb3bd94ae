import Foundation
import Testing

@testable import ZoomShell

@Suite("Recurrence mini-syntax")
struct RecurrenceTests {
    func json(_ text: String, _ zone: TimeZone = Zones.madrid) throws -> String {
        try RecurrenceSyntax.parse(text, in: zone, now: mondayNoonUTC).compactText
    }

    @Test func theExamples() throws {
        let cases: [(String, String)] = [
            ("daily", #"{"type":1}"#),
            ("daily every 2 times 10", #"{"type":1,"repeat_interval":2,"end_times":10}"#),
            (
                "weekly on mon,wed until 2027-01-31",
                #"{"type":2,"weekly_days":"2,4","end_date_time":"2027-01-31T22:59:59Z"}"#
            ),
            ("weekly every 2 on tue times 6", #"{"type":2,"repeat_interval":2,"weekly_days":"3","end_times":6}"#),
            ("monthly day 15", #"{"type":3,"monthly_day":15}"#),
            (
                "monthly day 15 every 2 until 2027-06-30",
                #"{"type":3,"repeat_interval":2,"monthly_day":15,"end_date_time":"2027-06-30T21:59:59Z"}"#
            ),
            ("monthly last fri", #"{"type":3,"monthly_week":-1,"monthly_week_day":6}"#),
            ("monthly 2nd tue", #"{"type":3,"monthly_week":2,"monthly_week_day":3}"#),
            ("monthly first monday times 3", #"{"type":3,"monthly_week":1,"monthly_week_day":2,"end_times":3}"#),
        ]
        for (text, expected) in cases {
            #expect(try json(text) == expected, "\(text)")
        }
    }

    @Test func spellingsAndOrder() throws {
        #expect(try json("WEEKLY ON Wed, MON and friday") == #"{"type":2,"weekly_days":"2,4,6"}"#)
        #expect(try json("weekly on sun sat") == #"{"type":2,"weekly_days":"1,7"}"#)
        #expect(try json("weekly on weekdays") == #"{"type":2,"weekly_days":"2,3,4,5,6"}"#)
        #expect(try json("weekly on weekends times 4") == #"{"type":2,"weekly_days":"1,7","end_times":4}"#)
        #expect(
            try json("weekly times 6 on tue every 2")
                == #"{"type":2,"repeat_interval":2,"weekly_days":"3","end_times":6}"#)
        #expect(try json("daily every 3 days") == #"{"type":1,"repeat_interval":3}"#)
        #expect(
            try json("monthly every 1 month third thursday")
                == #"{"type":3,"repeat_interval":1,"monthly_week":3,"monthly_week_day":5}"#)
        #expect(try json("monthly 4th SAT") == #"{"type":3,"monthly_week":4,"monthly_week_day":7}"#)
        #expect(throws: ValueError.self, "weekly needs its days") { try json("weekly") }
        #expect(try json("monthly every 2 day 15") == #"{"type":3,"repeat_interval":2,"monthly_day":15}"#)
        #expect(try json("monthly every 2 months day 15") == #"{"type":3,"repeat_interval":2,"monthly_day":15}"#)
    }

    @Test func untilIsTheEndOfThatDayInTheMeetingsZone() throws {
        #expect(
            try json("daily until 2027-01-31", Zones.newYork) == #"{"type":1,"end_date_time":"2027-02-01T04:59:59Z"}"#)
        #expect(
            try json("daily until 2027-01-31", Zones.kolkata) == #"{"type":1,"end_date_time":"2027-01-31T18:29:59Z"}"#)
        #expect(try json("daily until 2027-01-31", Zones.utc) == #"{"type":1,"end_date_time":"2027-01-31T23:59:59Z"}"#)
        #expect(try json("daily until 2027-01-31T10:00:00Z") == #"{"type":1,"end_date_time":"2027-01-31T10:00:00Z"}"#)
        #expect(try json("daily until +2w") == #"{"type":1,"end_date_time":"2026-12-14T22:59:59Z"}"#)
        #expect(try json("daily until next fri") == #"{"type":1,"end_date_time":"2026-12-04T22:59:59Z"}"#)
    }

    @Test func endDateTimeAlone() throws {
        #expect(
            try RecurrenceSyntax.endDateTime("2027-01-31", in: Zones.madrid, now: mondayNoonUTC)
                == "2027-01-31T22:59:59Z")
        #expect(
            try RecurrenceSyntax.endDateTime("next fri", in: Zones.madrid, now: mondayNoonUTC) == "2026-12-04T22:59:59Z"
        )
        #expect(
            try RecurrenceSyntax.endDateTime("2027-01-31T12:00:00+01:00", in: Zones.madrid, now: mondayNoonUTC)
                == "2027-01-31T11:00:00Z")
        #expect(
            throws: ValueError(
                "'until 2027-01-31T12:00' needs Z or an offset (e.g. 2027-01-31T12:00Z), or just the date")
        ) {
            try RecurrenceSyntax.endDateTime("2027-01-31T12:00", in: Zones.madrid, now: mondayNoonUTC)
        }
    }

    @Test func errorsNameTheWordAndWhatWasExpected() {
        let cases: [(String, String)] = [
            ("", "a recurrence is needed, e.g. 'weekly on mon,wed' or 'monthly day 15'"),
            ("wekly on mon", "a recurrence starts with daily, weekly or monthly, got 'wekly': did you mean 'weekly'?"),
            ("yearly", "a recurrence starts with daily, weekly or monthly, got 'yearly'"),
            ("weekly on", "'on' needs weekday names, e.g. 'on mon,wed'"),
            (
                "weekly on mnday",
                "'on' needs weekday names (mon, tue, wed, thu, fri, sat, sun), got 'mnday': did you mean 'monday'?"
            ),
            ("weekly on 3", "'on' needs weekday names (mon, tue, wed, thu, fri, sat, sun), got '3'"),
            (
                "weekly on mon tuesdy",
                "'on' needs weekday names (mon, tue, wed, thu, fri, sat, sun), got 'tuesdy': did you mean 'tuesday'?"
            ),
            ("daily on mon", "'on DAYS' is for weekly recurrence; daily does not take it"),
            ("weekly day 3", "'day N' is for monthly recurrence; weekly does not take it"),
            ("daily last fri", "'last WEEKDAY' is for monthly recurrence; daily does not take it"),
            ("monthly day", "'day' needs a number, e.g. 'day 15'"),
            ("monthly day x", "'day' needs a whole number, got 'x' (e.g. 'day 15')"),
            ("monthly last", "'last' needs a weekday, e.g. 'monthly last fri'"),
            ("monthly 2nd tuseday", "'2nd' needs a weekday (mon…sun), got 'tuseday': did you mean 'tuesday'?"),
            (
                "monthly fifth fri",
                "unexpected 'fifth' after 'monthly': expected every N, day N, first…fourth|last WEEKDAY, times N "
                    + "or until DATE"
            ),
            ("daily foo", "unexpected 'foo' after 'daily': expected every N, times N or until DATE"),
            (
                "daily evry 2",
                "unexpected 'evry' after 'daily': expected every N, times N or until DATE; did you mean 'every'?"
            ),
            (
                "weekly on mon untill 2027-01-01",
                "unexpected 'untill' after 'weekly on mon': expected every N, on DAYS, times N or until DATE; "
                    + "did you mean 'until'?"
            ),
            ("daily times 3 until 2027-01-01", "give 'times N' or 'until DATE', not both"),
            ("daily every 2 every 3", "'every' is given twice in 'daily every 2 every 3'"),
            ("monthly day 15 last fri", "monthly takes 'day N' or an ordinal weekday ('last fri'), not both"),
            ("daily every 2 weeks", "'every 2 weeks' does not fit daily: use days"),
            ("daily times", "'times' needs a number, e.g. 'times 10'"),
            ("daily times -1", "'times' needs a whole number, got '-1' (e.g. 'times 10')"),
            ("daily until", "'until' needs a date, e.g. 'until 2027-01-31'"),
            ("daily until 2027-02-30", "'until' needs a date: '2027-02-30' is not a date: February 2027 has 28 days"),
            (
                "daily until soon",
                "'until' needs a date: 'soon' is not a date: write yyyy-mm-dd, today, tomorrow, yesterday, +7d, -2w, "
                    + "monday or next monday"
            ),
        ]
        for (text, message) in cases {
            #expect(throws: ValueError(message), "\(text)") {
                try RecurrenceRule.parse(text, timeZone: Zones.madrid, now: mondayNoonUTC)
            }
        }
    }

    @Test func describesItselfInTheMiniSyntax() throws {
        let texts = [
            "daily every 2 times 10", "weekly on mon,wed until 2027-01-31", "monthly day 15 every 2",
            "monthly last fri times 3", "monthly 2nd tue",
        ]
        let expected = [
            "daily every 2 times 10", "weekly on mon,wed until 2027-01-31", "monthly every 2 day 15",
            "monthly last fri times 3", "monthly second tue",
        ]
        for (text, description) in zip(texts, expected) {
            let rule = try RecurrenceRule.parse(text, timeZone: Zones.madrid, now: mondayNoonUTC)
            #expect(rule.description == description)
            #expect(try RecurrenceRule.parse(rule.description, timeZone: Zones.madrid, now: mondayNoonUTC) == rule)
        }
    }
}
