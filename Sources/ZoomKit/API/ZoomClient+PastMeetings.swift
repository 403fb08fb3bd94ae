import Foundation
import ZoomModels

// Ended meetings: an instance's details and participants, and the list of instances.
extension ZoomClient {
    /// One ended instance of a meeting, by its UUID (encoded twice when it begins with `/`
    /// or contains `//`).
    public func pastMeeting(uuid: String) async throws -> PastMeeting {
        try decode(PastMeeting.self, from: await send(.pastMeeting(uuid: uuid)))
    }

    /// The latest ended instance of the meeting `id`.
    public func pastMeeting(id: Int64) async throws -> PastMeeting {
        try decode(PastMeeting.self, from: await send(.pastMeeting(id: id)))
    }

    /// The ended instances of the meeting `id`, each with the UUID that names it.
    public func pastMeetingInstances(id: Int64) async throws -> [PastMeetingInstance] {
        try decode(PastMeetingInstanceList.self, from: await send(.pastMeetingInstances(id: id))).meetings
    }

    /// One page of the participants of the ended instance `uuid`.
    public func pastMeetingParticipantPage(uuid: String, pageSize: Int? = nil, pageToken: String? = nil)
        async throws -> PastMeetingParticipantPage
    {
        try await page(
            of: .pastMeetingParticipants(uuid: uuid), pageSize: pageSize, pageToken: pageToken,
            as: PastMeetingParticipant.self)
    }

    /// All pages of the participants of the ended instance `uuid`, fetched as they are
    /// iterated. Throws at once when the UUID is empty or the page size is out of range.
    public func pastMeetingParticipants(uuid: String, pageSize: Int? = nil)
        throws(ZoomArgumentError) -> ZoomPageSequence<PastMeetingParticipantPage>
    {
        _ = try ZoomRequest.pastMeetingParticipants(uuid: uuid, pageSize: pageSize)
        return ZoomPageSequence { [self] token in
            try await pastMeetingParticipantPage(uuid: uuid, pageSize: pageSize, pageToken: token)
        }
    }
}
