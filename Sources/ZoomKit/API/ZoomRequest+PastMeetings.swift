import Foundation
import ZoomModels

// The requests of ended meetings. A meeting ID names the latest ended instance; a UUID names
// one instance and is encoded twice when it begins with `/` or contains `//`, as Zoom asks.
extension ZoomRequest {
    /// `GET /past_meetings/{meetingUUID}`: one ended instance.
    public static func pastMeeting(uuid: String) throws(ZoomArgumentError) -> ZoomRequest {
        ZoomRequest(method: "GET", path: "/past_meetings/\(try uuidSegment(uuid))")
    }

    /// `GET /past_meetings/{meetingId}`: the latest ended instance of the meeting `id`.
    public static func pastMeeting(id: Int64) -> ZoomRequest {
        ZoomRequest(method: "GET", path: "/past_meetings/\(id)")
    }

    /// `GET /past_meetings/{meetingId}/instances`: the UUIDs of the meeting's ended instances.
    public static func pastMeetingInstances(id: Int64) -> ZoomRequest {
        ZoomRequest(method: "GET", path: "/past_meetings/\(id)/instances")
    }

    /// `GET /past_meetings/{meetingUUID}/participants`: one page of an ended instance's
    /// participants, `pageSize` (1 to 300) at a time.
    public static func pastMeetingParticipants(uuid: String, pageSize: Int? = nil, pageToken: String? = nil)
        throws(ZoomArgumentError) -> ZoomRequest
    {
        var query: [QueryItem] = []
        if let pageSize {
            guard (1...MeetingListQuery.maximumPageSize).contains(pageSize) else {
                throw ZoomArgumentError(
                    argument: "page_size",
                    message: "\(pageSize) is out of range: use 1 to \(MeetingListQuery.maximumPageSize)")
            }
            query.append(QueryItem("page_size", String(pageSize)))
        }
        if let pageToken, !pageToken.isEmpty { query.append(QueryItem("next_page_token", pageToken)) }
        return ZoomRequest(method: "GET", path: "/past_meetings/\(try uuidSegment(uuid))/participants", query: query)
    }

    /// The encoded `{meetingUUID}` segment (see `ZoomPath.meetingUUID`).
    static func uuidSegment(_ uuid: String) throws(ZoomArgumentError) -> String {
        guard !uuid.isEmpty, !uuid.allSatisfy(\.isWhitespace) else {
            throw ZoomArgumentError(argument: "meetingUUID", message: "is empty: use a meeting instance's UUID")
        }
        return ZoomPath.meetingUUID(uuid)
    }
}
