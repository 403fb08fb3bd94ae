import Foundation
import ZoomModels

/// How a stored meeting is shown at a given time: in full (create, get) or as a list item.
struct MeetingView: Sendable {
    /// The time of the request.
    let now: Date

    /// The meeting object of `GET /meetings/{id}` (and of the create answer).
    ///
    /// - Parameters:
    ///   - occurrenceID: show only this occurrence, with its start and duration.
    ///   - showPrevious: include occurrences that have ended.
    func full(_ meeting: StoredMeeting, occurrenceID: String? = nil, showPrevious: Bool = false) -> JSONValue {
        var object = meeting.object
        object["status"] = .string(meeting.status(at: now))
        object["start_url"] = .string("https://zoom.us/s/\(meeting.id)?zak=\(MeetingSecrets.token(43))")
        if let occurrenceID, let occurrence = meeting.occurrences.first(where: { $0.id == occurrenceID }) {
            object["start_time"] = .string(ZoomDateTime.utcString(occurrence.start))
            object["duration"] = .int(occurrence.duration)
            object["occurrences"] = .array([Self.json(occurrence)])
        } else if !meeting.occurrences.isEmpty {
            let shown = meeting.occurrences.filter { showPrevious || now < $0.end }
            object["occurrences"] = .array(shown.map(Self.json))
        }
        return .object(MeetingDefaults.ordered(object))
    }

    /// An item of `GET /users/{userId}/meetings`: the summary fields, the agenda cut to 250
    /// characters, and for a recurring meeting the start of its next occurrence.
    func summary(_ meeting: StoredMeeting) -> JSONValue {
        var item = JSONObject()
        for key in ["uuid", "id", "host_id", "topic", "type"] { item[key] = meeting.object[key] }
        if meeting.type != 3, let start = summaryStart(meeting) {
            item["start_time"] = .string(ZoomDateTime.utcString(start))
        }
        item["duration"] = meeting.object["duration"]
        item["timezone"] = meeting.object["timezone"]
        if let agenda = meeting.object["agenda"]?.stringValue, !agenda.isEmpty {
            item["agenda"] = .string(String(agenda.prefix(250)))
        }
        item["created_at"] = meeting.object["created_at"]
        item["join_url"] = meeting.object["join_url"]
        if meeting.object["settings"]?["use_pmi"] == .bool(true), let pmi = meeting.object["pmi"] {
            item["pmi"] = pmi
        }
        return .object(item)
    }

    /// The start a list shows: the next occurrence that has not ended (else the last one) of
    /// a recurring meeting, the meeting's start otherwise.
    func summaryStart(_ meeting: StoredMeeting) -> Date? {
        let live = meeting.occurrences.filter { !$0.isDeleted }
        if !live.isEmpty { return (live.first { now < $0.end } ?? live.last)?.start }
        return meeting.start
    }

    static func json(_ occurrence: StoredOccurrence) -> JSONValue {
        .object(
            JSONObject([
                ("occurrence_id", .string(occurrence.id)),
                ("start_time", .string(ZoomDateTime.utcString(occurrence.start))),
                ("duration", .int(occurrence.duration)),
                ("status", .string(occurrence.isDeleted ? "deleted" : "available")),
            ]))
    }
}
