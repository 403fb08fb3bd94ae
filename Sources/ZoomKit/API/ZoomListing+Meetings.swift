import Foundation

extension ZoomListing {
    /// `GET /users/{userId}/meetings`: `userID`'s meetings matching `query` (its page size is
    /// the listing's to set).
    public static func meetings(userID: String = "me", query: MeetingListQuery = MeetingListQuery()) -> ZoomListing {
        ZoomListing(
            noun: ("meeting", "meetings"), itemsKey: "meetings", maximumPageSize: MeetingListQuery.maximumPageSize
        ) { pageSize, token in
            var query = query
            query.pageSize = pageSize
            return try ZoomRequest.listMeetings(userID: userID, query: query, pageToken: token)
        }
    }
}
