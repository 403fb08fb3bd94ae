import Foundation
import ZoomModels

/// The state file's format: one JSON document, readable by people, keys in a stable order.
extension SandboxState {
    static let formatName = "zoomsh-sandbox-state"
    static let formatVersion: Int64 = 1

    /// The state as a JSON document.
    var json: JSONValue {
        let meetings = self.meetings.values.sorted {
            $0.createdAt != $1.createdAt ? $0.createdAt < $1.createdAt : $0.id < $1.id
        }
        var counts = JSONObject()
        for host in dailyCounts.keys.sorted() {
            let count = dailyCounts[host]!
            counts[host] = .object(JSONObject([("day", .string(count.day)), ("count", .int(Int64(count.count)))]))
        }
        return .object(
            JSONObject([
                ("format", .string(Self.formatName)),
                ("version", .int(Self.formatVersion)),
                ("next_meeting_serial", .int(nextMeetingSerial)),
                ("daily_counts", .object(counts)),
                ("meetings", .array(meetings.map(\.json))),
            ]))
    }

    /// The state of a JSON document written by `json`. A meeting that cannot be read is left
    /// out, with a line saying why in `skipped`; the rest of the document must be readable.
    init(json: JSONValue, skipped: inout [String]) throws(StateFormatError) {
        guard json["format"]?.stringValue == Self.formatName else {
            throw StateFormatError("it is not a sandbox state file (no \"format\": \"\(Self.formatName)\")")
        }
        guard json["version"]?.intValue == Self.formatVersion else {
            throw StateFormatError("its version \(json["version"]?.compactText ?? "null") is not \(Self.formatVersion)")
        }
        guard let serial = json["next_meeting_serial"]?.intValue, serial >= 1 else {
            throw StateFormatError("next_meeting_serial is missing or not a positive integer")
        }
        self.init()
        nextMeetingSerial = serial
        for (host, value) in json["daily_counts"]?.objectValue ?? JSONObject() {
            guard let day = value["day"]?.stringValue, let count = value["count"]?.intValue else {
                throw StateFormatError("daily_counts.\(host) needs a day and a count")
            }
            dailyCounts[host] = DailyCount(day: day, count: Int(count))
        }
        for (index, item) in (json["meetings"]?.arrayValue ?? []).enumerated() {
            do {
                let meeting = try StoredMeeting(json: item, index: index)
                meetings[meeting.id] = meeting
            } catch {
                skipped.append("\(error.description) (meeting \(item["id"]?.compactText ?? "without id") left out)")
            }
        }
    }
}

/// A state file that cannot be read as one.
struct StateFormatError: Error, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension StoredMeeting {
    var json: JSONValue {
        var object = JSONObject([
            ("id", .int(id)), ("host_id", .string(hostID)), ("created_at", .string(ZoomDateTime.utcString(createdAt))),
        ])
        if let endedAt { object["ended_at"] = .string(ZoomDateTime.utcString(endedAt)) }
        if let deletedAt { object["deleted_at"] = .string(ZoomDateTime.utcString(deletedAt)) }
        if !occurrences.isEmpty {
            object["occurrences"] = .array(
                occurrences.map { occurrence in
                    .object(
                        JSONObject([
                            ("id", .string(occurrence.id)),
                            ("start", .string(ZoomDateTime.utcString(occurrence.start))),
                            ("duration", .int(occurrence.duration)),
                            ("deleted", .bool(occurrence.isDeleted)),
                        ]))
                })
        }
        object["meeting"] = .object(self.object)
        return .object(object)
    }

    init(json: JSONValue, index: Int) throws(StateFormatError) {
        func date(_ key: String) -> Date? { json[key]?.stringValue.flatMap { ZoomDateTime.date($0, timeZone: nil) } }
        guard let id = json["id"]?.intValue, let hostID = json["host_id"]?.stringValue,
            let createdAt = date("created_at"), let object = json["meeting"]?.objectValue
        else {
            throw StateFormatError("meetings[\(index)] needs id, host_id, created_at and meeting")
        }
        if let start = object["start_time"], start.stringValue.flatMap({ ZoomDateTime.date($0, timeZone: nil) }) == nil
        {
            throw StateFormatError("meetings[\(index)] has a start_time that is not a date-time: \(start.compactText)")
        }
        var occurrences: [StoredOccurrence] = []
        for item in json["occurrences"]?.arrayValue ?? [] {
            guard let id = item["id"]?.stringValue,
                let start = item["start"]?.stringValue.flatMap({ ZoomDateTime.date($0, timeZone: nil) }),
                let duration = item["duration"]?.intValue
            else {
                throw StateFormatError(
                    "meetings[\(index)] has an occurrence without an id, a start like 2026-06-01T12:00:00Z or a "
                        + "duration: \(item.compactText)")
            }
            let deleted = item["deleted"]?.boolValue ?? false
            occurrences.append(StoredOccurrence(id: id, start: start, duration: duration, isDeleted: deleted))
        }
        self.init(
            id: id, hostID: hostID, object: object, occurrences: occurrences, createdAt: createdAt,
            endedAt: date("ended_at"), deletedAt: date("deleted_at"))
    }
}
