import Foundation
import ZoomModels

// Meeting operations: create, get, update, delete, list, invitation, status.
// Non-2xx answers are thrown by `send` as Zoom's errors; these methods decode successes.
extension ZoomClient {
    /// Creates a meeting for `userID` (`me`, a user ID or an email address) from a JSON body
    /// and returns it as Zoom describes it (201).
    public func createMeeting(userID: String = "me", body: JSONValue) async throws -> Meeting {
        try await decode(Meeting.self, from: send(.createMeeting(userID: userID, body: body)))
    }

    /// Creates a meeting from a draft's create body (create-only fields and all).
    public func createMeeting(userID: String = "me", draft: MeetingDraft) async throws -> Meeting {
        try await createMeeting(userID: userID, body: draft.requestBody(for: .create).json)
    }

    /// The meeting `id`, or one occurrence of it; with `showPreviousOccurrences`, past
    /// occurrences of a recurring meeting are listed too.
    public func meeting(id: Int64, occurrenceID: String? = nil, showPreviousOccurrences: Bool? = nil) async throws
        -> Meeting
    {
        let request = ZoomRequest.getMeeting(
            id: id, occurrenceID: occurrenceID, showPreviousOccurrences: showPreviousOccurrences)
        return try decode(Meeting.self, from: await send(request))
    }

    /// Updates the meeting `id` (or one occurrence) with the fields of `body` (204).
    public func updateMeeting(id: Int64, body: JSONValue, occurrenceID: String? = nil) async throws {
        _ = try await send(.updateMeeting(id: id, body: body, occurrenceID: occurrenceID))
    }

    /// Deletes the meeting `id`, or one occurrence of it (204).
    public func deleteMeeting(
        id: Int64, occurrenceID: String? = nil, scheduleForReminder: Bool? = nil, cancelMeetingReminder: Bool? = nil
    ) async throws {
        let request = ZoomRequest.deleteMeeting(
            id: id, occurrenceID: occurrenceID, scheduleForReminder: scheduleForReminder,
            cancelMeetingReminder: cancelMeetingReminder)
        _ = try await send(request)
    }

    /// One page of `userID`'s meetings.
    public func meetingPage(
        userID: String = "me", query: MeetingListQuery = MeetingListQuery(), pageToken: String? = nil
    ) async throws -> MeetingListPage {
        try await page(
            of: .meetings(userID: userID, query: query), pageSize: query.pageSize, pageToken: pageToken,
            as: MeetingListItem.self)
    }

    /// All pages of `userID`'s meetings, fetched as they are iterated. Throws at once when
    /// the query is invalid (a page size over 300, a malformed date).
    public func meetingPages(userID: String = "me", query: MeetingListQuery = MeetingListQuery())
        throws(ZoomArgumentError) -> ZoomPageSequence<MeetingListPage>
    {
        _ = try ZoomRequest.listMeetings(userID: userID, query: query)
        return ZoomPageSequence { [self] token in
            try await meetingPage(userID: userID, query: query, pageToken: token)
        }
    }

    /// `userID`'s meetings across pages, at most `limit` of them. Without a page size in the
    /// query, a limit below 300 is also the page size, so that no more is fetched than needed.
    public func meetings(userID: String = "me", query: MeetingListQuery = MeetingListQuery(), limit: Int? = nil)
        throws(ZoomArgumentError) -> ZoomItemSequence<MeetingListPage>
    {
        if let limit, limit < 0 {
            throw ZoomArgumentError(argument: "limit", message: "\(limit) is negative: use 0 or more")
        }
        var query = query
        if query.pageSize == nil, let limit, limit > 0 {
            query.pageSize = min(limit, MeetingListQuery.maximumPageSize)
        }
        return ZoomItemSequence(pages: try meetingPages(userID: userID, query: query), limit: limit)
    }

    /// The invitation text of the meeting `id`.
    public func meetingInvitation(id: Int64) async throws -> MeetingInvitation {
        try decode(MeetingInvitation.self, from: await send(.meetingInvitation(id: id)))
    }

    /// Ends the meeting `id` or recovers it after a delete (204).
    public func updateMeetingStatus(id: Int64, action: MeetingStatusAction) async throws {
        _ = try await send(.updateMeetingStatus(id: id, action: action))
    }

    /// Ends the meeting `id` for everyone (204).
    public func endMeeting(id: Int64) async throws {
        try await updateMeetingStatus(id: id, action: .end)
    }

    func decode<Model: ZoomModel>(_ type: Model.Type, from response: HTTPResponseData) throws -> Model {
        guard let json = try response.json() else {
            throw ZoomModelError(
                "Zoom answered \(response.status) with an empty body where a \(Model.self) was expected")
        }
        return try Model(json: json)
    }
}
