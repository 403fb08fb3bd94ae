import Foundation
import Testing

@testable import ZoomShell

@Suite("Meeting times: absolute forms, offsets, zones")
struct MeetingTimeTests {
    func parse(_ text: String, _ zone: TimeZone = Zones.madrid, now: Date = mondayNoonUTC) throws -> MeetingTime {
        try MeetingTime.parse(text, timeZone: zone, now: now)
    }

    @Test(arguments: [
        "2026-12-01 10:00", "2026-12-01T10:00", "2026-12-01T10:00:00", "2026-12-01 10:00:00", "2026-12-01t10:00",
    ])
    func localFormsInMadrid(text: String) throws {
        let time = try parse(text)
        #expect(!time.isUTC && !time.zoneWasGiven && time.note == nil)
        #expect(time.requestValue == "2026-12-01T10:00:00")
        #expect(time.instant == utc("2026-12-01T09:00:00"))
        #expect(time.utcTimestamp == "2026-12-01T09:00:00Z")
        #expect(time.timeZone.identifier == "Europe/Madrid")
    }

    @Test func sameReadingInOtherZones() throws {
        #expect(try parse("2026-12-01 10:00", Zones.kolkata).instant == utc("2026-12-01T04:30:00"))
        #expect(try parse("2026-12-01 10:00", Zones.newYork).instant == utc("2026-12-01T15:00:00"))
        #expect(try parse("2026-07-01 10:00", Zones.newYork).instant == utc("2026-07-01T14:00:00"))
        #expect(try parse("2026-07-01 10:00", Zones.madrid).instant == utc("2026-07-01T08:00:00"))
        #expect(try parse("2026-12-01 10:00:30", Zones.kolkata).requestValue == "2026-12-01T10:00:30")
    }

    @Test func offsetsMakeUTC() throws {
        let cases: [(String, String)] = [
            ("2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z"),
            ("2026-12-01T10:00:00.250Z", "2026-12-01T10:00:00Z"),
            ("2026-12-01T10:00:00+02:00", "2026-12-01T08:00:00Z"),
            ("2026-12-01T10:00-0500", "2026-12-01T15:00:00Z"),
            ("2026-12-01T10:00+05:30", "2026-12-01T04:30:00Z"),
            ("2026-12-01T10:00+05", "2026-12-01T05:00:00Z"),
            ("2026-12-01 10:00 +02:00", "2026-12-01T08:00:00Z"),
            ("2026-12-01 10:00 Z", "2026-12-01T10:00:00Z"),
            ("2026-12-01 10:00 UTC", "2026-12-01T10:00:00Z"),
            ("2026-12-01 10:00Z", "2026-12-01T10:00:00Z"),
        ]
        for (text, expected) in cases {
            let time = try parse(text, Zones.kolkata)
            #expect(time.isUTC, "\(text)")
            #expect(time.requestValue == expected, "\(text)")
            #expect(time.timeZone.identifier == "Asia/Kolkata")
        }
    }

    @Test func aTrailingZoneNamesTheReadingsZone() throws {
        let time = try parse("2026-12-01 10:00 Asia/Kolkata")
        #expect(time.zoneWasGiven && !time.isUTC)
        #expect(time.timeZone.identifier == "Asia/Kolkata")
        #expect(time.instant == utc("2026-12-01T04:30:00"))
        #expect(time.requestValue == "2026-12-01T10:00:00")
        #expect(try parse("tomorrow 9am america/new_york").timeZone.identifier == "America/New_York")
        // The relative day is the named zone's: at 20:00 UTC it is already Tuesday in Kolkata.
        let late = try parse("tomorrow 10:00 Asia/Kolkata", now: utc("2026-11-30T20:00:00"))
        #expect(late.requestValue == "2026-12-02T10:00:00")
    }

    @Test func twelveHourClocks() throws {
        let cases: [(String, String)] = [
            ("2026-12-01 9:30am", "09:30"), ("2026-12-01 9:30 pm", "21:30"), ("2026-12-01 3pm", "15:00"),
            ("2026-12-01 3 PM", "15:00"), ("2026-12-01 12am", "00:00"), ("2026-12-01 12pm", "12:00"),
            ("2026-12-01 12:15am", "00:15"), ("2026-12-01 11:59p.m.", "23:59"), ("2026-12-01 noon", "12:00"),
            ("2026-12-01 midnight", "00:00"), ("2026-12-01 07:05", "07:05"), ("2026-12-01 7:05", "07:05"),
        ]
        for (text, clock) in cases {
            #expect(try parse(text).requestValue == "2026-12-01T\(clock):00", "\(text)")
        }
    }

    @Test func errors() {
        let examples = "e.g. 2026-12-01 10:00, 2026-12-01T10:00:00Z, tomorrow 09:30, next monday 10:00, in 2h"
        let cases: [(String, String)] = [
            (
                "",
                "a time is needed, \(examples)"
            ),
            ("tomorow 10:00", "'tomorow' is not a time: did you mean 'tomorrow'?"),
            (
                "whenever",
                "'whenever' is not a time: \(examples)"
            ),
            ("2026-02-30 10:00", "'2026-02-30' is not a date: February 2026 has 28 days"),
            ("2026-13-01 10:00", "'2026-13-01' is not a date: the month must be 01 to 12"),
            ("26-12-01 10:00", "'26-12-01' is not a date: write it as yyyy-mm-dd, e.g. 2026-12-01"),
            ("2026-12-01 25:00", "'25:00' is not a time of day: the hour must be 0 to 23"),
            ("2026-12-01 10:61", "'10:61' is not a time of day: the minutes must be 00 to 59"),
            ("2026-12-01 10:00:60", "'10:00:60' is not a time of day: the seconds must be 00 to 59"),
            ("2026-12-01 13pm", "'13pm' is not a time of day: with am/pm the hour is 1 to 12"),
            ("2026-12-01 0am", "'0am' is not a time of day: with am/pm the hour is 1 to 12"),
            ("2026-12-01 10", "'10' is not a time of day: write '10:00' or '10am'/'10pm'"),
            (
                "2026-12-01 10.30",
                "'10.30' is not a time of day: write it as HH:MM (24-hour), HH:MM:SS, or 9:30am / 3pm"
            ),
            ("2026-12-01", "'2026-12-01' needs a time of day, e.g. '2026-12-01 10:00'"),
            ("tomorrow", "'tomorrow' needs a time of day, e.g. 'tomorrow 10:00'"),
            ("2026-12-01T", "'2026-12-01T' has no time after 'T', e.g. 2026-12-01T10:00"),
            ("next 10:00", "'next' must be followed by a weekday (e.g. 'next monday 10:00'), got '10:00'"),
            (
                "next mnday 10:00",
                "'next' must be followed by a weekday (e.g. 'next monday 10:00'), got 'mnday': did you mean 'monday'?"
            ),
            ("2026-12-01 10:00 Europe/Madird", "unknown time zone 'Europe/Madird': did you mean 'Europe/Madrid'?"),
            ("2026-12-01 10:00 +25:00", "'+25:00' is not a UTC offset: offsets run from -18:00 to +18:00"),
            ("2026-12-01 10:00 +2", "'+2' is not a UTC offset: write Z, +02:00, -0500 or +05"),
            (
                "2026-12-01T10:00Z Europe/Madrid",
                "'2026-12-01T10:00Z Europe/Madrid' gives both an offset and a time zone: give one of them"
            ),
            (
                "2026-12-01 10:00 sharp",
                "unexpected 'sharp' in the time '2026-12-01 10:00 sharp': \(examples)"
            ),
            (
                "now please",
                "unexpected 'please' in the time 'now please': \(examples)"
            ),
            ("in", "'in' needs an amount of time, e.g. 'in 2h' or 'in 90m'"),
            ("in 30", "'30' is not an offset: '30' needs a unit (m, h, d, w), e.g. 2h"),
            ("in 2 fortnights", "'2 fortnights' is not an offset: unknown unit 'fortnights' (units: m, h, d, w)"),
        ]
        for (text, message) in cases {
            #expect(throws: ValueError(message), "\(text)") { try parse(text) }
        }
    }
}

@Suite("Meeting times: relative forms")
struct RelativeTimeTests {
    func request(_ text: String, _ zone: TimeZone = Zones.madrid, now: Date = mondayNoonUTC) throws -> String {
        try MeetingTime.parse(text, timeZone: zone, now: now).requestValue
    }

    @Test func daysRelativeToNowInTheZone() throws {
        #expect(try request("today 15:00") == "2026-11-30T15:00:00")
        #expect(try request("today 09:00") == "2026-11-30T09:00:00")
        #expect(try request("TOMORROW 09:30") == "2026-12-01T09:30:00")
        #expect(try request("tomorrow 9:30am", Zones.kolkata) == "2026-12-01T09:30:00")
        let lateEvening = utc("2026-11-30T20:00:00")  // already Tuesday 01:30 in Kolkata
        #expect(try request("today 10:00", Zones.kolkata, now: lateEvening) == "2026-12-01T10:00:00")
        #expect(try request("today 10:00", Zones.newYork, now: lateEvening) == "2026-11-30T10:00:00")
        #expect(try request("tomorrow 10:00", Zones.newYork, now: lateEvening) == "2026-12-01T10:00:00")
    }

    @Test func aBareClockIsTheNextOneToCome() throws {
        #expect(try request("10:00") == "2026-12-01T10:00:00")  // 13:00 in Madrid: 10:00 has passed
        #expect(try request("14:00") == "2026-11-30T14:00:00")
        #expect(try request("13:00") == "2026-12-01T13:00:00")  // exactly now is not ahead
        #expect(try request("3pm") == "2026-11-30T15:00:00")
        #expect(try request("10:00", Zones.newYork) == "2026-11-30T10:00:00")  // 07:00 in New York
    }

    @Test func weekdays() throws {
        // Monday 13:00 in Madrid.
        #expect(try request("monday 15:00") == "2026-11-30T15:00:00")
        #expect(try request("monday 10:00") == "2026-12-07T10:00:00")
        #expect(try request("Mon 10:00") == "2026-12-07T10:00:00")
        #expect(try request("next monday 15:00") == "2026-12-07T15:00:00")
        #expect(try request("wednesday 10:00") == "2026-12-02T10:00:00")
        #expect(try request("next wed 10:00") == "2026-12-02T10:00:00")
        #expect(try request("Friday 9am") == "2026-12-04T09:00:00")
        #expect(try request("sun 18:00") == "2026-12-06T18:00:00")
        #expect(try request("next SUNDAY 18:00") == "2026-12-06T18:00:00")
        #expect(try request("tues 8:00") == "2026-12-01T08:00:00")
        #expect(try request("thurs 8:00") == "2026-12-03T08:00:00")
        // Already Tuesday in Kolkata.
        #expect(try request("tuesday 10:00", Zones.kolkata, now: utc("2026-11-30T20:00:00")) == "2026-12-01T10:00:00")
    }

    @Test func nowAndInAreRoundedDownToTheMinute() throws {
        let now = utc("2026-11-30T12:00:42")
        #expect(try request("now", now: now) == "2026-11-30T13:00:00")
        #expect(try request("in 2h", now: now) == "2026-11-30T15:00:00")
        #expect(try request("in 90m", now: now) == "2026-11-30T14:30:00")
        #expect(try request("in 1h30m", now: now) == "2026-11-30T14:30:00")
        #expect(try request("in 2 hours", now: now) == "2026-11-30T15:00:00")
        #expect(try request("in 2d", Zones.kolkata, now: now) == "2026-12-02T17:30:00")
        #expect(try request("in 1w", Zones.newYork, now: now) == "2026-12-07T07:00:00")
        let time = try MeetingTime.parse("in 2h", timeZone: Zones.madrid, now: now)
        #expect(!time.isUTC && time.instant == utc("2026-11-30T14:00:00"))
    }
}
