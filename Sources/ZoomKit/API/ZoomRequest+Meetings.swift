import Foundation
import ZoomModels

/// What `PUT /meetings/{meetingId}/status` does.
public enum MeetingStatusAction: String, Sendable, Hashable, CaseIterable {
    /// End a meeting in progress.
    case end
    /// Recover a deleted meeting.
    case recover
}

// The requests of the meeting operations, built without sending (for dry runs and `curl`).
extension ZoomRequest {
    /// `POST /users/{userId}/meetings` with `body` (answer: 201 and the meeting).
    public static func createMeeting(userID: String = "me", body: JSONValue) throws(ZoomArgumentError) -> ZoomRequest {
        ZoomRequest(method: "POST", path: "/users/\(try userSegment(userID))/meetings", body: body)
    }

    /// `GET /meetings/{meetingId}`, optionally of one occurrence or with past occurrences.
    public static func getMeeting(id: Int64, occurrenceID: String? = nil, showPreviousOccurrences: Bool? = nil)
        -> ZoomRequest
    {
        var query: [QueryItem] = []
        if let occurrenceID { query.append(QueryItem("occurrence_id", occurrenceID)) }
        if let showPreviousOccurrences {
            query.append(QueryItem("show_previous_occurrences", String(showPreviousOccurrences)))
        }
        return ZoomRequest(method: "GET", path: "/meetings/\(id)", query: query)
    }

    /// `PATCH /meetings/{meetingId}` with `body`, optionally of one occurrence (answer: 204).
    public static func updateMeeting(id: Int64, body: JSONValue, occurrenceID: String? = nil) -> ZoomRequest {
        let query = occurrenceID.map { [QueryItem("occurrence_id", $0)] } ?? []
        return ZoomRequest(method: "PATCH", path: "/meetings/\(id)", query: query, body: body)
    }

    /// `DELETE /meetings/{meetingId}` (answer: 204): one occurrence or the whole series,
    /// optionally emailing the hosts (`schedule_for_reminder`) or the registrants
    /// (`cancel_meeting_reminder`).
    public static func deleteMeeting(
        id: Int64, occurrenceID: String? = nil, scheduleForReminder: Bool? = nil, cancelMeetingReminder: Bool? = nil
    ) -> ZoomRequest {
        var query: [QueryItem] = []
        if let occurrenceID { query.append(QueryItem("occurrence_id", occurrenceID)) }
        if let scheduleForReminder { query.append(QueryItem("schedule_for_reminder", String(scheduleForReminder))) }
        if let cancelMeetingReminder {
            query.append(QueryItem("cancel_meeting_reminder", String(cancelMeetingReminder)))
        }
        return ZoomRequest(method: "DELETE", path: "/meetings/\(id)", query: query)
    }

    /// `GET /users/{userId}/meetings`: one page of the user's meetings.
    public static func listMeetings(
        userID: String = "me", query: MeetingListQuery = MeetingListQuery(), pageToken: String? = nil
    ) throws(ZoomArgumentError) -> ZoomRequest {
        ZoomRequest(
            method: "GET", path: "/users/\(try userSegment(userID))/meetings",
            query: try query.queryItems(pageToken: pageToken))
    }

    /// `GET /meetings/{meetingId}/invitation`.
    public static func meetingInvitation(id: Int64) -> ZoomRequest {
        ZoomRequest(method: "GET", path: "/meetings/\(id)/invitation")
    }

    /// `PUT /meetings/{meetingId}/status` with `{"action": "end"|"recover"}` (answer: 204).
    public static func updateMeetingStatus(id: Int64, action: MeetingStatusAction) -> ZoomRequest {
        ZoomRequest(
            method: "PUT", path: "/meetings/\(id)/status",
            body: .object(JSONObject([("action", .string(action.rawValue))])))
    }

    /// `GET /users/{userId}` (`me` = the token's user).
    public static func getUser(_ userID: String = "me") throws(ZoomArgumentError) -> ZoomRequest {
        ZoomRequest(method: "GET", path: "/users/\(try userSegment(userID))")
    }
}
