import Foundation
import Testing
import ZoomModels

@testable import ZoomShell

@Suite("Durations")
struct DurationTests {
    @Test func meetingMinutes() throws {
        let cases: [(String, Int)] = [
            ("45", 45), ("45m", 45), ("45 min", 45), ("1h", 60), ("1h30m", 90), ("1h 30m", 90), ("90min", 90),
            ("1.5h", 90), ("2 hours", 120), ("1 hour 15 minutes", 75), ("1:30", 90), ("0:45", 45), ("1H30M", 90),
            (" 30m ", 30), ("0.25h", 15),
        ]
        for (text, minutes) in cases {
            #expect(try DurationParser.minutes(text) == minutes, "\(text)")
        }
    }

    @Test func meetingMinuteErrors() {
        let cases: [(String, String)] = [
            ("", "a duration is needed, e.g. 1h30m"),
            ("1.33h", "'1.33h' is 79.8 minutes: a meeting duration is whole minutes"),
            ("abc", "'abc' is not a duration: expected a number and a unit (h, m), e.g. 1h30m"),
            ("30s", "'30s' is not a duration: the unit 's' is not allowed here (units: h, m)"),
            ("5 parsecs", "'5 parsecs' is not a duration: unknown unit 'parsecs' (units: h, m)"),
            ("5 huors", "'5 huors' is not a duration: unknown unit 'huors': did you mean 'hours'?"),
            ("1h1h", "'1h1h' is not a duration: the unit 'h' is given twice"),
            ("1h 30", "'1h 30' is not a duration: '30' needs a unit (h, m), e.g. 1h30m"),
            ("1..5h", "'1..5h' is not a duration: expected a number and a unit (h, m), e.g. 1h30m"),
            ("-5m", "'-5m' is not a duration: expected a number and a unit (h, m), e.g. 1h30m"),
        ]
        for (text, message) in cases {
            #expect(throws: ValueError(message), "\(text)") { try DurationParser.minutes(text) }
        }
    }

    @Test func waits() throws {
        #expect(try DurationParser.interval("2s") == .seconds(2))
        #expect(try DurationParser.interval("2") == .seconds(2))
        #expect(try DurationParser.interval("500ms") == .milliseconds(500))
        #expect(try DurationParser.interval("1.5s") == .milliseconds(1500))
        #expect(try DurationParser.interval("1m") == .seconds(60))
        #expect(try DurationParser.interval("1m30s") == .seconds(90))
        #expect(try DurationParser.interval("1h") == .seconds(3600))
        #expect(throws: ValueError("'2d' is not a wait: the unit 'd' is not allowed here (units: ms, s, m, h)")) {
            try DurationParser.interval("2d")
        }
        #expect(throws: ValueError("a wait is needed, e.g. 2s")) { try DurationParser.interval(" ") }
    }
}

@Suite("Dates for list --from/--to")
struct DateTests {
    func day(_ text: String, _ zone: TimeZone = Zones.madrid, now: Date = mondayNoonUTC) throws -> String {
        try CivilDate.parse(text, timeZone: zone, now: now).description
    }

    @Test func forms() throws {
        #expect(try day("2026-12-01") == "2026-12-01")
        #expect(try day("today") == "2026-11-30")
        #expect(try day("Tomorrow") == "2026-12-01")
        #expect(try day("yesterday") == "2026-11-29")
        #expect(try day("+7d") == "2026-12-07")
        #expect(try day("-7d") == "2026-11-23")
        #expect(try day("+2w") == "2026-12-14")
        #expect(try day("-1w") == "2026-11-23")
        #expect(try day("+0d") == "2026-11-30")
        #expect(try day("monday") == "2026-11-30")
        #expect(try day("fri") == "2026-12-04")
        #expect(try day("next monday") == "2026-12-07")
        #expect(try day("last monday") == "2026-11-23")
        #expect(try day("last sat") == "2026-11-28")
        #expect(try day("2024-02-29") == "2024-02-29")
    }

    @Test func todayIsTheZonesToday() throws {
        let lateEvening = utc("2026-11-30T20:00:00")
        #expect(try day("today", Zones.kolkata, now: lateEvening) == "2026-12-01")
        #expect(try day("today", Zones.newYork, now: lateEvening) == "2026-11-30")
        #expect(try day("today", Zones.newYork, now: utc("2026-12-01T03:00:00")) == "2026-11-30")
    }

    @Test func errors() {
        let forms = "write yyyy-mm-dd, today, tomorrow, yesterday, +7d, -2w, monday or next monday"
        let cases: [(String, String)] = [
            ("", "a date is needed: \(forms)"),
            ("tomorow", "'tomorow' is not a date: did you mean 'tomorrow'?"),
            ("someday", "'someday' is not a date: \(forms)"),
            ("2025-02-29", "'2025-02-29' is not a date: February 2025 has 28 days"),
            ("2026-04-31", "'2026-04-31' is not a date: April 2026 has 30 days"),
            ("2026-1-5", "'2026-1-5' is not a date: write it as yyyy-mm-dd, e.g. 2026-12-01"),
            ("+7", "'+7' is not a date offset: write +7d, -7d, +2w or -2w"),
            ("+7m", "'+7m' is not a date offset: write +7d, -7d, +2w or -2w"),
            ("next week", "'next' must be followed by a weekday, got 'week'"),
            ("next fryday", "'next' must be followed by a weekday, got 'fryday': did you mean 'friday'?"),
            ("2026-12-01 10:00", "'2026-12-01 10:00' is not a date: \(forms)"),
        ]
        for (text, message) in cases {
            #expect(throws: ValueError(message), "\(text)") { try day(text) }
        }
    }

    @Test func calendarArithmetic() {
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
        #expect(CivilDate(year: 2026, month: 11, day: 30).weekday == .monday)
        #expect(CivilDate(year: 2000, month: 2, day: 29).adding(days: 366).description == "2001-03-01")
        #expect(CivilDate(dayNumber: -1).description == "1969-12-31")
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: number).dayNumber == number)
        }
    }
}
