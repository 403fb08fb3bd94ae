import Foundation

/// A meeting's time zone, where it came from, and the name sent to Zoom as `timezone`.
struct MeetingZone: Sendable {
    /// Where a zone came from, in the order they are tried.
    enum Source: String, Sendable {
        /// The draft's `timezone`.
        case draft
        /// The meeting being updated (read with a GET).
        case meeting
        /// The profile's `timezone`.
        case profile
        /// The Zoom user's settings (`GET /users/{host}`).
        case user = "Zoom user's settings"
        /// The machine's zone.
        case system
    }

    /// The zone.
    var zone: TimeZone
    /// Where it came from.
    var source: Source
    /// The name sent as `timezone` (`UTC` for the zone Foundation on Linux calls `GMT`).
    var name: String

    /// A zone from `source`; its name is the one Zoom knows.
    init(_ zone: TimeZone, source: Source, name: String? = nil) {
        self.zone = zone
        self.source = source
        self.name = name ?? TimeZoneNames.zoomName(of: zone)
    }
}
