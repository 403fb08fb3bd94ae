import Foundation
import Testing

@testable import ZoomShell

/// Only IANA names (and UTC, GMT, Z) are zones; the local zone follows `TZ`; time words.
@Suite("Time zone rules and time words")
struct TimeZoneRulesTests {
    @Test(arguments: [
        ("BST", "'BST' is an abbreviation, not a time zone: use Europe/London"),
        ("PST", "'PST' is an abbreviation, not a time zone: use America/Los_Angeles"),
        ("pst", "'pst' is an abbreviation, not a time zone: use America/Los_Angeles"),
        ("IST", "'IST' is an abbreviation, not a time zone: use Asia/Kolkata, Europe/Dublin or Asia/Jerusalem"),
    ])
    func abbreviationsAreRefusedWithIANANames(name: String, message: String) {
        #expect(throws: ValueError(message)) { try TimeZoneNames.resolve(name) }
    }

    @Test(arguments: ["GMT+2", "UTC-05:00", "+02:00"])
    func offsetsAreNotZones(name: String) {
        #expect {
            try TimeZoneNames.resolve(name)
        } throws: { error in
            (error as? ValueError)?.message.hasPrefix("'\(name)' is an offset, not a time zone") == true
        }
    }

    @Test func utcNamesAndCanonicalSpellings() throws {
        #expect(try TimeZoneNames.resolveName("utc").name == "UTC")
        #expect(try TimeZoneNames.resolveName("Z").name == "UTC")
        #expect(try TimeZoneNames.resolveName("Etc/UTC").name == "UTC")
        #expect(try TimeZoneNames.resolveName("gmt").name == "GMT")
        #expect(try TimeZoneNames.resolveName("AMERICA/NEW_YORK").name == "America/New_York")
        #expect(TimeZoneNames.zone(named: "PST") == nil)
        #expect(TimeZoneNames.zoomName(of: TimeZone(identifier: "UTC")!) == "UTC")
    }

    @Test func aTrailingAbbreviationIsRefusedInATime() {
        #expect(throws: ValueError("'BST' is an abbreviation, not a time zone: use Europe/London")) {
            try MeetingTime.parse("2026-07-01 10:00 BST", timeZone: Zones.madrid, now: mondayNoonUTC)
        }
    }

    @Test func setTimeZoneRefusesAbbreviationsInAnyCase() async throws {
        let shell = TestShell.offline()
        for name in ["PST", "pst", "GMT+2"] {
            let run = await shell.run("set tz \(name)")
            #expect(run.code == .commandFailed, "\(name)")
        }
        #expect(await shell.value("draft") == [:])
    }

    @Test func theLocalZoneFollowsTZ() {
        for tz in [":Europe/Madrid", "/usr/share/zoneinfo/Europe/Madrid", ":/usr/share/zoneinfo/Europe/Madrid"] {
            #expect(TimeZoneNames.system(environment: ["TZ": tz]).identifier == "Europe/Madrid", "\(tz)")
        }
        #expect(TimeZoneNames.zoomName(of: TimeZoneNames.system(environment: ["TZ": "UTC"])) == "UTC")
        #expect(TimeZoneNames.system(environment: ["TZ": "Asia/Tokyo"]).identifier == "Asia/Tokyo")
    }

    @Test func atIsAFillerWord() throws {
        let tomorrow = try MeetingTime.parse("tomorrow at 10:00", timeZone: Zones.madrid, now: mondayNoonUTC)
        #expect(tomorrow.requestValue == "2026-12-01T10:00:00")
        let monday = try MeetingTime.parse("next monday at 9", timeZone: Zones.madrid, now: mondayNoonUTC)
        #expect(monday.requestValue == "2026-12-07T09:00:00")
        let pm = try MeetingTime.parse("at 3pm", timeZone: Zones.madrid, now: mondayNoonUTC)
        #expect(pm.requestValue == "2026-11-30T15:00:00")
    }

    @Test func aZoneAfterARelativeTimeIsAZone() throws {
        let time = try MeetingTime.parse("in 2h Europe/Madrid", timeZone: Zones.newYork, now: mondayNoonUTC)
        #expect(time.zoneWasGiven && time.timeZone.identifier == "Europe/Madrid")
        #expect(time.requestValue == "2026-11-30T15:00:00")
        #expect(
            throws: ValueError(
                "'2h foo' is not an offset: unexpected 'foo': expected a number and a unit (m, h, d, w), e.g. 2h")
        ) {
            try MeetingTime.parse("in 2h foo", timeZone: Zones.newYork, now: mondayNoonUTC)
        }
    }

    @Test func offsetMinutesOutOfRangeSaySo() {
        #expect(throws: ValueError("'+12:75' is not a UTC offset: the minutes must be 00 to 59")) {
            try MeetingTime.parse("2026-12-01 10:00 +12:75", timeZone: Zones.madrid, now: mondayNoonUTC)
        }
        #expect(throws: ValueError("'+19:00' is not a UTC offset: offsets run from -18:00 to +18:00")) {
            try MeetingTime.parse("2026-12-01 10:00 +19:00", timeZone: Zones.madrid, now: mondayNoonUTC)
        }
    }
}
