import Foundation

/// A meeting as Zoom describes it (`GET /meetings/{meetingId}`, the 201 of a create).
///
/// Read leniently: unknown keys are ignored (and kept in `raw`), missing keys are nil.
public struct Meeting: ZoomModel, Hashable {
    /// The meeting ID (more than 32 bits).
    public var id: Int64
    /// The instance's UUID (`aDYlohsHRtCd4ii1uC2+hA==`).
    public var uuid: String?
    /// The host's user ID.
    public var hostID: String?
    /// The host's email address.
    public var hostEmail: String?
    /// Who scheduled the meeting on the host's behalf.
    public var assistantID: String?
    /// The topic.
    public var topic: String?
    /// 1 instant, 2 scheduled, 3 recurring without fixed time, 4 PMI, 8 recurring with fixed time, 10 screen share.
    public var type: Int?
    /// `waiting` or `started`.
    public var status: String?
    /// The start, UTC (`yyyy-MM-ddTHH:mm:ssZ`); absent for instant meetings.
    public var startTime: String?
    /// The length in minutes.
    public var duration: Int?
    /// The meeting's time zone.
    public var timezone: String?
    /// The description.
    public var agenda: String?
    /// When it was created.
    public var createdAt: String?
    /// The link participants join with.
    public var joinURL: String?
    /// The host's start link (a secret; it expires).
    public var startURL: String?
    /// The chat join link.
    public var chatJoinURL: String?
    /// The registration link, when registration is on.
    public var registrationURL: String?
    /// The passcode.
    public var password: String?
    /// The H.323/SIP passcode.
    public var h323Password: String?
    /// The phone passcode.
    public var pstnPassword: String?
    /// The encrypted passcode for third-party endpoints.
    public var encryptedPassword: String?
    /// The Personal Meeting ID, when the meeting uses it.
    public var pmi: String?
    /// Whether the meeting was prescheduled.
    public var preSchedule: Bool?
    /// The template it was scheduled with.
    public var templateID: String?
    /// How it was created (`open_api`, `web_portal`, `other`).
    public var creationSource: String?
    /// The occurrences of a recurring meeting.
    public var occurrences: [MeetingOccurrence]
    /// The tracking fields.
    public var trackingFields: [MeetingTrackingField]
    /// The settings, as sent.
    public var settings: JSONValue?
    /// The recurrence, as sent.
    public var recurrence: JSONValue?
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("a meeting must be a JSON object, not \(json.typeName)") }
        guard let id = json["id"]?.lenientInt64 else { throw ZoomModelError("the meeting has no integer id") }
        self.id = id
        uuid = json["uuid"]?.stringValue
        hostID = json["host_id"]?.stringValue
        hostEmail = json["host_email"]?.stringValue
        assistantID = json["assistant_id"]?.stringValue
        topic = json["topic"]?.stringValue
        type = json["type"]?.lenientInt
        status = json["status"]?.stringValue
        startTime = json["start_time"]?.stringValue
        duration = json["duration"]?.lenientInt
        timezone = json["timezone"]?.stringValue
        agenda = json["agenda"]?.stringValue
        createdAt = json["created_at"]?.stringValue
        joinURL = json["join_url"]?.stringValue
        startURL = json["start_url"]?.stringValue
        chatJoinURL = json["chat_join_url"]?.stringValue
        registrationURL = json["registration_url"]?.stringValue
        password = json["password"]?.stringValue
        h323Password = json["h323_password"]?.stringValue
        pstnPassword = json["pstn_password"]?.stringValue
        encryptedPassword = json["encrypted_password"]?.stringValue
        pmi = json["pmi"]?.lenientString
        preSchedule = json["pre_schedule"]?.lenientBool
        templateID = json["template_id"]?.stringValue
        creationSource = json["creation_source"]?.stringValue
        occurrences = (json["occurrences"]?.arrayValue ?? []).compactMap { try? MeetingOccurrence(json: $0) }
        trackingFields = (json["tracking_fields"]?.arrayValue ?? []).compactMap(MeetingTrackingField.init(json:))
        settings = json["settings"]
        recurrence = json["recurrence"]
        raw = json
    }

    /// The start as an instant, if there is one.
    public var startDate: Date? {
        startTime.flatMap { ZoomDateTime.date($0, timeZone: timezone.flatMap(TimeZone.init(identifier:)) ?? .current) }
    }

    /// The recurrence as a rule, if there is a valid one.
    public var recurrenceRule: MeetingRecurrence? { recurrence.flatMap { try? MeetingRecurrence(json: $0) } }
}

/// A tracking field of a meeting.
public struct MeetingTrackingField: Sendable, Hashable {
    /// The label.
    public var field: String
    /// The value.
    public var value: String?
    /// Whether it shows in the web portal (responses only).
    public var visible: Bool?

    /// A tracking field.
    public init(field: String, value: String? = nil, visible: Bool? = nil) {
        self.field = field
        self.value = value
        self.visible = visible
    }

    init?(json: JSONValue) {
        guard let field = json["field"]?.stringValue else { return nil }
        self.init(field: field, value: json["value"]?.stringValue, visible: json["visible"]?.boolValue)
    }
}
