import Foundation

/// One ended instance of a meeting (`GET /past_meetings/{meetingId}`): when it ran, who
/// hosted it and how many took part.
public struct PastMeeting: ZoomModel, Hashable {
    /// The meeting ID.
    public var id: Int64?
    /// The instance's UUID.
    public var uuid: String?
    /// The topic.
    public var topic: String?
    /// The meeting type (0, 1, 2, 3, 4, 7, 8).
    public var type: Int?
    /// The start, UTC.
    public var startTime: String?
    /// The end, UTC.
    public var endTime: String?
    /// The length in minutes.
    public var duration: Int?
    /// The minutes attended by the host and the participants together.
    public var totalMinutes: Int?
    /// How many took part.
    public var participantsCount: Int?
    /// The host's user ID.
    public var hostID: String?
    /// The host's name.
    public var userName: String?
    /// The host's email address.
    public var userEmail: String?
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else {
            throw ZoomModelError("a past meeting must be a JSON object, not \(json.typeName)")
        }
        id = json["id"]?.lenientInt64
        uuid = json["uuid"]?.stringValue
        guard id != nil || uuid != nil else { throw ZoomModelError("the past meeting has neither id nor uuid") }
        topic = json["topic"]?.stringValue
        type = json["type"]?.lenientInt
        startTime = json["start_time"]?.stringValue
        endTime = json["end_time"]?.stringValue
        duration = json["duration"]?.lenientInt
        totalMinutes = json["total_minutes"]?.lenientInt
        participantsCount = json["participants_count"]?.lenientInt
        hostID = json["host_id"]?.stringValue
        userName = json["user_name"]?.stringValue
        userEmail = json["user_email"]?.stringValue
        raw = json
    }
}

/// An ended instance in `GET /past_meetings/{meetingId}/instances`: its UUID and start.
public struct PastMeetingInstance: ZoomModel, Hashable {
    /// The instance's UUID: the key of `pastMeeting(uuid:)` and `pastMeetingParticipants(uuid:)`.
    public var uuid: String
    /// The start, UTC.
    public var startTime: String?
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else {
            throw ZoomModelError("a meeting instance must be a JSON object, not \(json.typeName)")
        }
        guard let uuid = json["uuid"]?.stringValue, !uuid.isEmpty else {
            throw ZoomModelError("a meeting instance has no uuid")
        }
        self.uuid = uuid
        startTime = json["start_time"]?.stringValue
        raw = json
    }
}

/// The answer of `GET /past_meetings/{meetingId}/instances`.
public struct PastMeetingInstanceList: ZoomModel, Hashable {
    /// The ended instances.
    public var meetings: [PastMeetingInstance]
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("a list of meeting instances must be a JSON object") }
        var meetings: [PastMeetingInstance] = []
        for item in json["meetings"]?.arrayValue ?? [] { meetings.append(try PastMeetingInstance(json: item)) }
        self.meetings = meetings
        raw = json
    }
}
