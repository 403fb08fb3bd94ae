import Foundation

/// A meeting in a list (`GET /users/{userId}/meetings`); the agenda is cut to 250 characters.
public struct MeetingListItem: ZoomModel, Hashable {
    /// The meeting ID.
    public var id: Int64
    /// The instance's UUID.
    public var uuid: String?
    /// The host's user ID.
    public var hostID: String?
    /// The topic.
    public var topic: String?
    /// The meeting type (1, 2, 3, 8).
    public var type: Int?
    /// The start, UTC.
    public var startTime: String?
    /// The length in minutes.
    public var duration: Int?
    /// The meeting's time zone.
    public var timezone: String?
    /// The description, at most 250 characters here.
    public var agenda: String?
    /// When it was created.
    public var createdAt: String?
    /// The join link.
    public var joinURL: String?
    /// The Personal Meeting ID, when used.
    public var pmi: String?
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("a meeting must be a JSON object, not \(json.typeName)") }
        guard let id = json["id"]?.lenientInt64 else { throw ZoomModelError("a listed meeting has no integer id") }
        self.id = id
        uuid = json["uuid"]?.stringValue
        hostID = json["host_id"]?.stringValue
        topic = json["topic"]?.stringValue
        type = json["type"]?.lenientInt
        startTime = json["start_time"]?.stringValue
        duration = json["duration"]?.lenientInt
        timezone = json["timezone"]?.stringValue
        agenda = json["agenda"]?.stringValue
        createdAt = json["created_at"]?.stringValue
        joinURL = json["join_url"]?.stringValue
        pmi = json["pmi"]?.lenientString
        raw = json
    }
}

/// One page of `GET /users/{userId}/meetings`.
public typealias MeetingListPage = ZoomListPage<MeetingListItem>

extension MeetingListItem: ZoomListItem {
    public static let listKey = "meetings"
}

/// The invitation text of a meeting (`GET /meetings/{meetingId}/invitation`).
public struct MeetingInvitation: ZoomModel, Hashable {
    /// The invitation, ready to paste (lines end in CRLF as Zoom sends them).
    public var invitation: String
    /// The SIP links.
    public var sipLinks: [String]
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("an invitation must be a JSON object") }
        invitation = json["invitation"]?.stringValue ?? ""
        sipLinks = json["sip_links"]?.lenientStrings ?? []
        raw = json
    }
}
