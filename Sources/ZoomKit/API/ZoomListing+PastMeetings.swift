import Foundation
import ZoomModels

extension ZoomListing {
    /// `GET /past_meetings/{meetingUUID}/participants`: who joined an ended instance, one row
    /// per join (a rejoin is a row of its own); up to 300 a page.
    public static func pastMeetingParticipants(uuid: String) -> ZoomListing {
        ZoomListing(noun: ("participant", "participants"), itemsKey: "participants") { pageSize, token in
            try ZoomRequest.pastMeetingParticipants(uuid: uuid, pageSize: pageSize, pageToken: token)
        }
    }
}
