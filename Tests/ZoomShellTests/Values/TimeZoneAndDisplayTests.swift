import Foundation
import Testing
import ZoomModels

@testable import ZoomShell

@Suite("Time zone names and display")
struct TimeZoneAndDisplayTests {
    @Test func resolvesNamesInAnyCase() throws {
        #expect(try TimeZoneNames.resolve("Europe/Madrid").identifier == "Europe/Madrid")
        #expect(try TimeZoneNames.resolve("europe/madrid").identifier == "Europe/Madrid")
        #expect(try TimeZoneNames.resolve(" UTC ").secondsFromGMT() == 0)  // Foundation on Linux calls it GMT
        #expect(try TimeZoneNames.resolve("america/port_of_spain").identifier == "America/Port_of_Spain")
        #expect(TimeZoneNames.zone(named: "ASIA/KOLKATA")?.identifier == "Asia/Kolkata")
        #expect(TimeZoneNames.zone(named: "Mars/Olympus") == nil)
    }

    @Test func suggestsANearName() {
        #expect(throws: ValueError("unknown time zone 'Europe/Madird': did you mean 'Europe/Madrid'?")) {
            try TimeZoneNames.resolve("Europe/Madird")
        }
        #expect(throws: ValueError("unknown time zone 'Madird': did you mean 'Europe/Madrid'?")) {
            try TimeZoneNames.resolve("Madird")
        }
        #expect(
            throws: ValueError(
                "unknown time zone 'Mars/Olympus_Mons' "
                    + "(use an IANA name such as Europe/Madrid, America/New_York or UTC)"
            )
        ) { try TimeZoneNames.resolve("Mars/Olympus_Mons") }
    }

    @Test func offsetsAndTimestamps() {
        #expect(TimeDisplay.offsetText(3600) == "UTC+01:00")
        #expect(TimeDisplay.offsetText(-18000) == "UTC-05:00")
        #expect(TimeDisplay.offsetText(19800) == "UTC+05:30")
        #expect(TimeDisplay.offsetText(0) == "UTC+00:00")
        let instant = utc("2026-12-01T09:00:00")
        #expect(ZoomDateTime.utcString(instant) == "2026-12-01T09:00:00Z")
        #expect(ZoomDateTime.localString(instant, in: Zones.kolkata) == "2026-12-01T14:30:00")
        #expect(ZoomDateTime.localString(utc("1969-12-31T23:59:59"), in: Zones.utc) == "1969-12-31T23:59:59")
    }

    static let hasZoneDatabase = FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Madrid")

    @Test(.enabled(if: hasZoneDatabase, "no /usr/share/zoneinfo: abbreviations fall back to identifiers"))
    func describesWithAbbreviations() {
        let winter = utc("2026-12-01T09:00:00")
        let summer = utc("2026-07-01T08:00:00")
        #expect(TimeDisplay.describe(winter, in: Zones.madrid) == "2026-12-01 10:00 CET (UTC+01:00)")
        #expect(TimeDisplay.describe(summer, in: Zones.madrid) == "2026-07-01 10:00 CEST (UTC+02:00)")
        #expect(TimeDisplay.describe(winter, in: Zones.kolkata) == "2026-12-01 14:30 IST (UTC+05:30)")
        #expect(TimeDisplay.describe(winter, in: Zones.newYork) == "2026-12-01 04:00 EST (UTC-05:00)")
        #expect(TimeDisplay.describe(summer, in: Zones.newYork) == "2026-07-01 04:00 EDT (UTC-04:00)")
        #expect(
            TimeDisplay.describe(winter, in: Zones.newYork, weekday: true) == "Tue 2026-12-01 04:00 EST (UTC-05:00)")
        #expect(TimeDisplay.describe(winter, in: Zones.utc) == "2026-12-01 09:00 UTC")
        #expect(TimeDisplay.describe(winter.addingTimeInterval(30), in: Zones.utc) == "2026-12-01 09:00:30 UTC")
        let saoPaulo = TimeZone(identifier: "America/Sao_Paulo")!
        #expect(TimeDisplay.describe(winter, in: saoPaulo) == "2026-12-01 06:00 America/Sao_Paulo (UTC-03:00)")
        // Far past the files' transition tables the POSIX footer names the zone.
        #expect(
            TimeDisplay.describe(utc("2090-07-01T08:00:00"), in: Zones.madrid) == "2090-07-01 10:00 CEST (UTC+02:00)")
    }

    @Test func tzifFooterRules() throws {
        let madrid = try #require(TZif.footerRule("CET-1CEST,M3.5.0,M10.5.0/3"))
        #expect(madrid.standard == "CET" && madrid.standardOffset == 3600)
        #expect(madrid.daylight == "CEST" && madrid.daylightOffset == 7200)
        let kolkata = try #require(TZif.footerRule("IST-5:30"))
        #expect(kolkata.standard == "IST" && kolkata.standardOffset == 19800 && kolkata.daylight == nil)
        let saoPaulo = try #require(TZif.footerRule("<-03>3"))
        #expect(saoPaulo.standard == "-03" && saoPaulo.standardOffset == -10800)
        #expect(TZif(bytes: Array("not a tzif file at all, really not one".utf8)) == nil)
    }
}
