import Foundation
import ZoomModels

/// The draft's start read in a zone: the instant, and what is wrong or odd about the reading.
struct DraftStart: Sendable {
    /// The moment the meeting starts (for a reading in a gap: as if the clocks had not jumped).
    var instant: Date
    /// The zone the start is read in.
    var zone: MeetingZone
    /// Why the reading does not exist (a spring-forward gap), as `set start` says it.
    var problem: String?
    /// That the reading happens twice (fall-back) and which was taken.
    var note: String?
}

extension SessionState {
    /// The meeting's zone: the draft's `timezone`, else the zone its wall times were read in,
    /// else `defaultZone`.
    var meetingZone: MeetingZone {
        if let name = draft.fields.value(at: "timezone")?.stringValue, let zone = TimeZoneNames.zone(named: name) {
            return MeetingZone(zone, source: .draft, name: name)
        }
        return draft.impliedZone ?? defaultZone
    }

    /// The zone new wall times are read in when the draft names none: the profile's, else the
    /// Zoom user's (once known), else the system's.
    var defaultZone: MeetingZone {
        if let zone = zones.profile { return MeetingZone(zone, source: .profile) }
        if let zone = zones.user { return MeetingZone(zone, source: .user) }
        return MeetingZone(zones.system, source: .system)
    }

    /// Whether the draft's start is a wall time (no `Z`, no offset), whose zone is sent with it.
    var draftHasLocalStart: Bool {
        guard let start = draft.fields.value(at: "start_time")?.stringValue else { return false }
        return ZoomDateTime.parts(start)?.utcOffset == nil
    }

    /// Whether something in the draft is read on the clocks of the meeting's zone.
    var draftDependsOnZone: Bool { draftHasLocalStart || draft.untilDay != nil }

    /// The draft with what is worked out from it in `zone`: the `recurrence.end_date_time` of an
    /// `until` day. `$draft` is this, in the meeting's zone.
    func derivedDraft(in zone: MeetingZone) -> MeetingDraft {
        var derived = draft.fields
        if let untilDay = draft.untilDay {
            let end = ZoomDateTime.utcString(RecurrenceRule.endOfDay(untilDay, in: zone.zone))
            _ = try? derived.set("recurrence.end_date_time", value: .string(end))
        }
        return derived
    }

    /// The draft as it is sent with `zone` as the meeting's: derived fields, and the `timezone`
    /// that a wall-time start needs when the draft names none.
    func sendableDraft(in zone: MeetingZone) -> MeetingDraft {
        var sendable = derivedDraft(in: zone)
        if draftHasLocalStart, sendable.value(at: "timezone") == nil {
            _ = try? sendable.set("timezone", value: .string(zone.name))
        }
        return sendable
    }

    /// The draft's start read in `zone`; nil when there is none (or it is not a date-time).
    func draftStart(in zone: MeetingZone) -> DraftStart? {
        guard let text = draft.fields.value(at: "start_time")?.stringValue, let parts = ZoomDateTime.parts(text) else {
            return nil
        }
        if parts.utcOffset != nil {
            guard let instant = ZoomDateTime.date(text, timeZone: zone.zone) else { return nil }
            return DraftStart(instant: instant, zone: zone)
        }
        let wall = WallTime(
            day: CivilDate(year: parts.year, month: parts.month, day: parts.day), hour: parts.hour,
            minute: parts.minute, second: parts.second)
        do {
            let (instant, note) = try WallClock.resolve(wall, in: zone.zone)
            return DraftStart(instant: instant, zone: zone, note: note)
        } catch {
            let before = zone.zone.secondsFromGMT(for: WallClock.date(wall.localSeconds - 86400))
            return DraftStart(
                instant: WallClock.date(wall.localSeconds - before), zone: zone,
                problem: (error as? ValueError)?.message ?? "\(error)")
        }
    }
}
