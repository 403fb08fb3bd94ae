import Foundation
import Testing

@testable import ZoomShell

@Suite("Meeting times across daylight-saving changes")
struct DaylightSavingTests {
    func parse(_ text: String, _ zone: TimeZone) throws -> MeetingTime {
        try MeetingTime.parse(text, timeZone: zone, now: mondayNoonUTC)
    }

    @Test func springForwardGapIsRefusedNamingTheGap() {
        #expect(
            throws: ValueError(
                "2026-03-29 02:30 does not exist in Europe/Madrid: that day the clocks jump from 02:00 to 03:00 "
                    + "(UTC+01:00 → UTC+02:00); pick a time before 02:00 or from 03:00")
        ) { try parse("2026-03-29 02:30", Zones.madrid) }
        #expect(
            throws: ValueError(
                "2026-03-08 02:30 does not exist in America/New_York: that day the clocks jump from 02:00 to 03:00 "
                    + "(UTC-05:00 → UTC-04:00); pick a time before 02:00 or from 03:00")
        ) { try parse("2026-03-08T02:30", Zones.newYork) }
        #expect(throws: ValueError.self) { try parse("2026-03-29 02:00", Zones.madrid) }
        #expect(throws: ValueError.self) { try parse("2026-03-29 02:59:59", Zones.madrid) }
    }

    @Test func aroundTheGap() throws {
        #expect(try parse("2026-03-29 01:59", Zones.madrid).instant == utc("2026-03-29T00:59:00"))
        #expect(try parse("2026-03-29 03:00", Zones.madrid).instant == utc("2026-03-29T01:00:00"))
        #expect(try parse("2026-03-08 01:59", Zones.newYork).instant == utc("2026-03-08T06:59:00"))
        #expect(try parse("2026-03-08 03:00", Zones.newYork).instant == utc("2026-03-08T07:00:00"))
        // Kolkata has no daylight saving: the same readings simply exist.
        #expect(try parse("2026-03-29 02:30", Zones.kolkata).instant == utc("2026-03-28T21:00:00"))
    }

    @Test func fallBackOverlapTakesTheFirstAndSaysSo() throws {
        let madrid = try parse("2026-10-25 02:30", Zones.madrid)
        #expect(madrid.instant == utc("2026-10-25T00:30:00"))
        #expect(madrid.requestValue == "2026-10-25T02:30:00")
        #expect(
            madrid.note
                == "2026-10-25 02:30 happens twice in Europe/Madrid (the clocks go back from 03:00 to 02:00): "
                + "using the first, UTC+02:00")
        let newYork = try parse("2026-11-01 01:30", Zones.newYork)
        #expect(newYork.instant == utc("2026-11-01T05:30:00"))
        #expect(
            newYork.note
                == "2026-11-01 01:30 happens twice in America/New_York (the clocks go back from 02:00 to 01:00): "
                + "using the first, UTC-04:00")
        #expect(try parse("2026-10-25 03:00", Zones.madrid).note == nil)
        #expect(try parse("2026-10-25 01:59", Zones.madrid).note == nil)
    }

    @Test func relativeTimesAcrossTheChange() throws {
        // 01:30 CET on the night clocks go forward: two hours later it is 04:30 CEST.
        let time = try MeetingTime.parse("in 2h", timeZone: Zones.madrid, now: utc("2026-03-29T00:30:00"))
        #expect(time.requestValue == "2026-03-29T04:30:00" && time.instant == utc("2026-03-29T02:30:00"))
        #expect(throws: ValueError.self) {
            try MeetingTime.parse("tomorrow 02:30", timeZone: Zones.madrid, now: utc("2026-03-28T10:00:00"))
        }
        let tomorrow = try MeetingTime.parse("tomorrow 10:00", timeZone: Zones.newYork, now: utc("2026-03-07T12:00:00"))
        #expect(tomorrow.instant == utc("2026-03-08T14:00:00"))  // EDT from that morning
    }

    @Test func offsetsIgnoreTheZonesRules() throws {
        let time = try parse("2026-03-29T02:30:00+01:00", Zones.madrid)
        #expect(time.isUTC && time.requestValue == "2026-03-29T01:30:00Z")
    }
}
