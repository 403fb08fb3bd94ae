import Foundation
import ZoomModels

/// Turns accepted create and update bodies into stored meetings, filling in what Zoom fills
/// in: IDs, passcodes, links, default settings, the start in UTC and the occurrences.
struct MeetingFactory: Sendable {
    /// The time of the request, in whole seconds.
    let now: Date

    /// The last instant Zoom's date-times (`yyyy-MM-ddTHH:mm:ssZ`, four-digit years) can
    /// write: 9999-12-31T23:59:59Z. A later start, occurrence or recurrence end is refused.
    static let latest = Date(timeIntervalSince1970: 253_402_300_799)

    init(now: Date) {
        self.now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
    }

    /// A new meeting of `host` from a create body.
    func create(_ body: JSONObject, id: Int64, host: SandboxUser, assistant: SandboxUser?) throws(APIError)
        -> StoredMeeting
    {
        let type = body["type"]?.intValue ?? 2
        let timeZoneName = body["timezone"]?.stringValue ?? host.timeZone
        let timeZone = TimeZone(identifier: timeZoneName) ?? ZoomDateTime.utc
        var object = JSONObject()
        object["uuid"] = .string(MeetingSecrets.uuid())
        object["id"] = .int(id)
        object["host_id"] = .string(host.id)
        object["host_email"] = .string(host.email)
        if let assistant { object["assistant_id"] = .string(assistant.id) }
        object["topic"] = body["topic"] ?? "Zoom Meeting"
        object["type"] = .int(type)
        if type != 3 {
            let start = type == 1 ? now : try start(body["start_time"], in: timeZone) ?? now
            object["start_time"] = .string(ZoomDateTime.utcString(start))
        }
        object["duration"] = body["duration"] ?? 60
        object["timezone"] = .string(timeZoneName)
        object["agenda"] = body["agenda"] ?? ""
        object["created_at"] = .string(ZoomDateTime.utcString(now))
        let generate = body["default_password"]?.boolValue ?? true
        let password = body["password"]?.stringValue ?? (generate ? MeetingSecrets.password() : "")
        Self.setPassword(password, of: &object, id: id)
        if let fields = body["tracking_fields"]?.arrayValue {
            object["tracking_fields"] = .array(Self.tracking(fields))
        }
        var settings = MeetingDefaults.merge(MeetingDefaults.settings, body["settings"]?.objectValue ?? JSONObject())
        if type == 8 { settings["registration_type"] = settings["registration_type"] ?? 1 }
        object["settings"] = .object(settings)
        if settings["use_pmi"] == .bool(true) { object["pmi"] = .string(String(host.pmi)) }
        if type == 8, let recurrence = body["recurrence"] {
            object["recurrence"] = try Self.normalized(recurrence)
        }
        object["pre_schedule"] = body["pre_schedule"] ?? false
        if let template = body["template_id"] { object["template_id"] = template }
        object["creation_source"] = "open_api"
        var meeting = StoredMeeting(
            id: id, hostID: host.id, object: MeetingDefaults.ordered(object), occurrences: [], createdAt: now)
        try schedule(&meeting)
        return meeting
    }

    /// Applies an update body to `meeting` (the whole series).
    func update(_ meeting: inout StoredMeeting, with body: JSONObject, host: SandboxUser?) throws(APIError) {
        var object = meeting.object
        for key in ["topic", "agenda", "duration", "pre_schedule", "template_id", "type", "timezone"] {
            if let value = body[key] { object[key] = value }
        }
        if let host {
            meeting.hostID = host.id
            object["host_id"] = .string(host.id)
            object["host_email"] = .string(host.email)
        }
        let timeZone = object["timezone"]?.stringValue.flatMap(TimeZone.init(identifier:)) ?? ZoomDateTime.utc
        let type = object["type"]?.intValue ?? 2
        if let start = try start(body["start_time"], in: timeZone, ignoringPast: true) {
            object["start_time"] = .string(ZoomDateTime.utcString(start))
        }
        if type == 3 {
            object["start_time"] = nil
        } else if object["start_time"] == nil {
            object["start_time"] = .string(ZoomDateTime.utcString(now))
        }
        if let password = body["password"]?.stringValue { Self.setPassword(password, of: &object, id: meeting.id) }
        if let fields = body["tracking_fields"]?.arrayValue {
            object["tracking_fields"] = .array(Self.tracking(fields))
        }
        if let settings = body["settings"]?.objectValue {
            object["settings"] = .object(
                MeetingDefaults.merge(object["settings"]?.objectValue ?? JSONObject(), settings))
        }
        if let recurrence = body["recurrence"] { object["recurrence"] = try Self.normalized(recurrence) }
        if type != 8 { object["recurrence"] = nil }
        meeting.object = MeetingDefaults.ordered(object)
        let changesSeries = ["type", "start_time", "timezone", "duration", "recurrence"].contains { body[$0] != nil }
        if changesSeries { try schedule(&meeting) }
    }

    /// Applies an update body to one occurrence: its start and duration; the agenda and the
    /// settings Zoom allows per occurrence change the meeting.
    func update(_ meeting: inout StoredMeeting, occurrence index: Int, with body: JSONObject) throws(APIError) {
        if let start = try start(body["start_time"], in: meeting.timeZone, ignoringPast: true) {
            meeting.occurrences[index].start = start
        }
        if let duration = body["duration"]?.intValue { meeting.occurrences[index].duration = duration }
        meeting.occurrences.sort { $0.start < $1.start }
        if let agenda = body["agenda"] { meeting.object["agenda"] = agenda }
        if let settings = body["settings"]?.objectValue {
            let allowed = [
                "host_video", "participant_video", "join_before_host", "mute_upon_entry", "waiting_room", "watermark",
                "auto_recording",
            ]
            let changes = JSONObject(allowed.compactMap { key in settings[key].map { (key, $0) } })
            let current = meeting.object["settings"]?.objectValue ?? JSONObject()
            meeting.object["settings"] = .object(MeetingDefaults.merge(current, changes))
        }
    }

    /// The start a body asks for, read in `timeZone` when it has no offset; a past start
    /// becomes now (create) or is ignored (update); nil when there is none. A start after
    /// `latest` is refused.
    private func start(_ value: JSONValue?, in timeZone: TimeZone, ignoringPast: Bool = false) throws(APIError)
        -> Date?
    {
        guard let text = value?.stringValue, let date = ZoomDateTime.date(text, timeZone: timeZone) else { return nil }
        guard date <= Self.latest else {
            throw APIError.validation(field: "start_time", "\(text) is after 9999-12-31T23:59:59Z")
        }
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        if whole < now { return ignoringPast ? nil : now }
        return whole
    }

    /// Recomputes the occurrences of a recurring meeting with a fixed time; occurrences that
    /// keep their ID keep their deletion.
    private func schedule(_ meeting: inout StoredMeeting) throws(APIError) {
        guard meeting.type == 8, let recurrence = meeting.object["recurrence"], let start = meeting.start else {
            meeting.occurrences = []
            return
        }
        let rule: MeetingRecurrence
        do {
            rule = try MeetingRecurrence(json: recurrence)
        } catch {
            throw APIError.validation(field: "recurrence", error.message)
        }
        if let end = rule.endDateTime, end > Self.latest {
            throw APIError.validation(field: "recurrence.end_date_time", "is after 9999-12-31T23:59:59Z")
        }
        let dates = rule.occurrenceDates(start: start, timeZone: meeting.timeZone)
        if let late = dates.firstIndex(where: { $0 > Self.latest }) {
            throw APIError.validation(
                field: "recurrence", "occurrence \(late + 1) would start after 9999-12-31T23:59:59Z")
        }
        let deleted = Set(meeting.occurrences.filter(\.isDeleted).map(\.id))
        meeting.occurrences = dates.map { date in
            var occurrence = StoredOccurrence(start: date, duration: meeting.duration)
            occurrence.isDeleted = deleted.contains(occurrence.id)
            return occurrence
        }
        // Like Zoom, the series starts with its first occurrence.
        if let first = meeting.occurrences.first {
            meeting.object["start_time"] = .string(ZoomDateTime.utcString(first.start))
        }
    }

    /// A `recurrence` object as Zoom echoes it: its keys plus `repeat_interval` 1, and
    /// `end_times` 1 when it names no end.
    private static func normalized(_ recurrence: JSONValue) throws(APIError) -> JSONValue {
        guard case .object(var object) = recurrence else {
            throw APIError.validation(field: "recurrence", "must be an object")
        }
        if object["repeat_interval"] == nil { object["repeat_interval"] = 1 }
        if object["end_times"] == nil, object["end_date_time"] == nil { object["end_times"] = 1 }
        var ordered = JSONObject()
        let order = [
            "type", "repeat_interval", "weekly_days", "monthly_day", "monthly_week", "monthly_week_day", "end_times",
            "end_date_time",
        ]
        for key in order { if let value = object[key] { ordered[key] = value } }
        return .object(ordered)
    }

    private static func tracking(_ fields: [JSONValue]) -> [JSONValue] {
        fields.map { field in
            guard case .object(var object) = field else { return field }
            if object["visible"] == nil { object["visible"] = true }
            return .object(object)
        }
    }

    /// Sets the passcode and everything derived from it; an empty passcode removes them.
    static func setPassword(_ password: String, of object: inout JSONObject, id: Int64) {
        if password.isEmpty {
            object["password"] = ""
            for key in ["h323_password", "pstn_password", "encrypted_password"] { object[key] = nil }
            object["join_url"] = .string("https://zoom.us/j/\(id)")
        } else {
            let encrypted = MeetingSecrets.encryptedPassword()
            object["password"] = .string(password)
            object["h323_password"] = .string(MeetingSecrets.numericPassword(password))
            object["pstn_password"] = .string(MeetingSecrets.numericPassword(password))
            object["encrypted_password"] = .string(encrypted)
            object["join_url"] = .string("https://zoom.us/j/\(id)?pwd=\(encrypted)")
        }
        object = MeetingDefaults.ordered(object)
    }
}
