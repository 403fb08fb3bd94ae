import Foundation
import Testing

@testable import ZoomModels

/// Zoom's date-time strings are read and written by arithmetic on civil dates and the zone's
/// offsets; in the Gregorian era they agree with Foundation's `Calendar` to the second,
/// daylight-saving changes included.
struct ZoomDateTimeTests {
    static let zones = [
        "Europe/Madrid", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia",
        "America/Sao_Paulo", "Pacific/Chatham", "Europe/London", "UTC",
    ].compactMap(TimeZone.init(identifier:))

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    static func calendarText(_ date: Date, _ zone: TimeZone) -> String {
        let c = calendar(zone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0,
            c.minute ?? 0, c.second ?? 0)
    }

    @Test func writingAgreesWithCalendar() {
        for zone in Self.zones {
            // About every 35 days from 1950 to 2100, at all times of day, fractions of seconds included.
            for seconds in stride(from: -631_152_000.0, through: 4_102_444_800.0, by: 3_000_007.37) {
                let date = Date(timeIntervalSince1970: seconds)
                #expect(ZoomDateTime.localString(date, in: zone) == Self.calendarText(date, zone), "\(zone.identifier)")
            }
        }
        #expect(ZoomDateTime.utcString(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
        #expect(ZoomDateTime.utcString(Date(timeIntervalSince1970: 59.999_999_9)) == "1970-01-01T00:00:59Z")
        #expect(ZoomDateTime.utcString(Date(timeIntervalSince1970: 253_402_300_800)) == "10000-01-01T00:00:00Z")
        // Any instant can be written, however far.
        #expect(!ZoomDateTime.utcString(Date(timeIntervalSince1970: 1e300)).isEmpty)
        #expect(!ZoomDateTime.utcString(Date(timeIntervalSince1970: -.infinity)).isEmpty)
        #expect(ZoomDateTime.utcString(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
    }

    @Test func readingLocalTimesAgreesWithCalendar() throws {
        for zone in Self.zones {
            let calendar = Self.calendar(zone)
            // Every hour and a half of the days around each offset change from 1990 to 2040.
            var instant = Date(timeIntervalSince1970: 631_152_000)
            while instant.timeIntervalSince1970 < 2_208_988_800 {
                guard let change = zone.nextDaylightSavingTimeTransition(after: instant) else { break }
                for step in stride(from: -86_400.0, through: 86_400, by: 1800) {
                    let text = ZoomDateTimeTests.calendarText(change.addingTimeInterval(step), zone)
                    let parts = try #require(ZoomDateTime.parts(text))
                    let expected = calendar.date(
                        from: DateComponents(
                            year: parts.year, month: parts.month, day: parts.day, hour: parts.hour,
                            minute: parts.minute, second: parts.second))
                    #expect(ZoomDateTime.date(text, timeZone: zone) == expected, "\(text) \(zone.identifier)")
                }
                instant = change.addingTimeInterval(1)
            }
        }
    }

    @Test func gapsMoveForwardAndOverlapsTakeTheFirst() throws {
        let madrid = try #require(TimeZone(identifier: "Europe/Madrid"))
        // 2026-03-29 02:30 does not exist in Madrid (02:00 → 03:00): 03:30 CEST.
        #expect(
            ZoomDateTime.date("2026-03-29T02:30:00", timeZone: madrid).map(ZoomDateTime.utcString)
                == "2026-03-29T01:30:00Z")
        // 2026-10-25 02:30 happens twice (03:00 → 02:00): the first, CEST.
        #expect(
            ZoomDateTime.date("2026-10-25T02:30:00", timeZone: madrid).map(ZoomDateTime.utcString)
                == "2026-10-25T00:30:00Z")
        #expect(
            ZoomDateTime.date("2026-10-25T02:30:00+01:00", timeZone: nil).map(ZoomDateTime.utcString)
                == "2026-10-25T01:30:00Z")
    }

    @Test func oldDatesAreProlepticGregorianBothWays() throws {
        // Before 1582 `Calendar` is Julian; ZoomDateTime is Gregorian throughout, as the shell's
        // civil dates are, so what it reads it writes back unchanged.
        for text in ["1500-03-01T10:00:00Z", "0001-01-01T00:00:00Z", "1582-10-10T12:00:00Z"] {
            let date = try #require(ZoomDateTime.date(text, timeZone: nil))
            #expect(ZoomDateTime.utcString(date) == text)
        }
        let madrid = try #require(TimeZone(identifier: "Europe/Madrid"))
        let local = try #require(ZoomDateTime.date("1500-03-01T10:00:00", timeZone: madrid))
        #expect(ZoomDateTime.localString(local, in: madrid) == "1500-03-01T10:00:00")
    }
}
