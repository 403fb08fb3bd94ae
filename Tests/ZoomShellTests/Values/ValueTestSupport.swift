import Foundation
import ZoomModels

@testable import ZoomShell

enum Zones {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let kolkata = TimeZone(identifier: "Asia/Kolkata")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let utc = TimeZone(identifier: "UTC")!
}

/// An instant from a UTC timestamp `yyyy-MM-ddTHH:mm:ss`.
func utc(_ text: String) -> Date {
    let day = try! CivilDate.parse(String(text.prefix(10)))
    let clock = text.dropFirst(11).split(separator: ":").map { Int($0)! }
    let seconds = day.dayNumber * 86400 + clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0)
    return Date(timeIntervalSince1970: TimeInterval(seconds))
}

/// Monday 2026-11-30 12:00:00 UTC: 13:00 in Madrid, 17:30 in Kolkata, 07:00 in New York.
let mondayNoonUTC = utc("2026-11-30T12:00:00")
