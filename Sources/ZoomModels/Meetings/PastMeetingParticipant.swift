import Foundation

/// Someone who took part in an ended meeting (`GET /past_meetings/{meetingId}/participants`).
/// A person who left and joined again appears once per stay.
public struct PastMeetingParticipant: ZoomModel, Hashable {
    /// The Zoom user ID when the participant was signed in; nil or empty otherwise.
    public var id: String?
    /// The display name.
    public var name: String?
    /// The participant's ID for this meeting only.
    public var userID: String?
    /// The email address (empty for people outside the host's account).
    public var userEmail: String?
    /// When the participant joined, UTC.
    public var joinTime: String?
    /// When the participant left, UTC.
    public var leaveTime: String?
    /// Seconds in the meeting.
    public var duration: Int?
    /// `in_meeting` or `in_waiting_room`.
    public var status: String?
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else {
            throw ZoomModelError("a participant must be a JSON object, not \(json.typeName)")
        }
        id = json["id"]?.lenientString
        name = json["name"]?.stringValue
        userID = json["user_id"]?.lenientString
        userEmail = json["user_email"]?.stringValue
        joinTime = json["join_time"]?.stringValue
        leaveTime = json["leave_time"]?.stringValue
        duration = json["duration"]?.lenientInt
        status = json["status"]?.stringValue
        raw = json
    }
}

/// One page of `GET /past_meetings/{meetingId}/participants`.
public typealias PastMeetingParticipantPage = ZoomListPage<PastMeetingParticipant>

extension PastMeetingParticipant: ZoomListItem {
    public static let listKey = "participants"
}
