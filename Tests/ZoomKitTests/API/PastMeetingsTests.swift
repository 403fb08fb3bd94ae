import Foundation
import Synchronization
import Testing

@testable import ZoomKit
@testable import ZoomModels

/// Ended meetings: UUIDs in paths are encoded once, or twice when Zoom asks for it.
@Suite("Past meetings")
struct PastMeetingsTests {
    static let pastMeeting: JSONValue = [
        "id": 85_746_065_123, "uuid": "/ajXp112QmuoKj4854875==", "topic": "Weekly sync", "type": 8,
        "start_time": "2026-12-01T09:00:00Z", "end_time": "2026-12-01T09:31:00Z", "duration": 31,
        "total_minutes": 55, "participants_count": 2, "host_id": "h-1", "user_name": "Ana", "user_email": "ana@x.test",
        "unknown_key": true,
    ]

    @Test(
        "the UUID is encoded twice when it begins with / or contains //, once otherwise",
        arguments: [
            ("/ajXp112QmuoKj4854875==", "/past_meetings/%252FajXp112QmuoKj4854875%253D%253D"),
            ("ab//cd+e==", "/past_meetings/ab%252F%252Fcd%252Be%253D%253D"),
            ("aDYlohsHRtCd4ii1uC2+hA==", "/past_meetings/aDYlohsHRtCd4ii1uC2%2BhA%3D%3D"),
            ("ab/cd", "/past_meetings/ab%2Fcd"),
        ])
    func pastMeetingByUUID(uuid: String, path: String) async throws {
        let (client, transport) = makeAPITestClient { _ in .json(200, Self.pastMeeting) }
        let meeting = try await client.pastMeeting(uuid: uuid)
        #expect(meeting.id == 85_746_065_123 && meeting.uuid == "/ajXp112QmuoKj4854875==")
        #expect(meeting.endTime == "2026-12-01T09:31:00Z" && meeting.participantsCount == 2)
        #expect(meeting.raw["unknown_key"] == true)
        let request = try #require(transport.requests.last)
        #expect(request.method == "GET")
        #expect(request.url == apiTestBaseURL + path)
    }

    @Test("participants of an instance: UUID in the path, pages followed")
    func participants() async throws {
        let (client, transport) = makeAPITestClient { request in
            let token = request.queryItems["next_page_token"]
            return .json(
                200,
                [
                    "page_size": 2, "total_records": 3, "next_page_token": token == nil ? "p2" : "",
                    "participants": token == nil
                        ? [
                            [
                                "id": "u1", "name": "Ana", "user_id": 16_778_240, "duration": 259,
                                "status": "in_meeting",
                            ],
                            ["id": "", "name": "Guest", "user_email": ""],
                        ]
                        : [["name": "Bo", "join_time": "2026-12-01T09:02:00Z"]],
                ])
        }
        var names: [String?] = []
        for try await page in try client.pastMeetingParticipants(uuid: "//x==", pageSize: 2) {
            names += page.items.map(\.name)
        }
        #expect(names == ["Ana", "Guest", "Bo"])
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { $0.apiPath == "/past_meetings/%252F%252Fx%253D%253D/participants" })
        #expect(requests[0].queryItems == ["page_size": "2"])
        #expect(requests[1].queryItems == ["page_size": "2", "next_page_token": "p2"])
        let first = try await client.pastMeetingParticipantPage(uuid: "plain==")
        #expect(first.items.first?.userID == "16778240" && first.items.first?.duration == 259)
        #expect(transport.requests.last?.apiPath == "/past_meetings/plain%3D%3D/participants")
    }

    @Test("instances list the UUIDs that name each ended meeting")
    func instances() async throws {
        let (client, transport) = makeAPITestClient { request in
            guard request.apiPath.hasSuffix("/instances") else { return .json(200, Self.pastMeeting) }
            return .json(
                200,
                [
                    "meetings": [
                        ["uuid": "/first==", "start_time": "2026-11-24T09:00:00Z"],
                        ["uuid": "second==", "start_time": "2026-12-01T09:00:00Z"],
                    ]
                ])
        }
        let instances = try await client.pastMeetingInstances(id: 85_746_065_123)
        #expect(instances.map(\.uuid) == ["/first==", "second=="])
        #expect(transport.requests.last?.apiPath == "/past_meetings/85746065123/instances")
        _ = try await client.pastMeeting(uuid: instances[0].uuid)
        #expect(transport.requests.last?.apiPath == "/past_meetings/%252Ffirst%253D%253D")
        _ = try await client.pastMeeting(id: 85_746_065_123)
        #expect(transport.requests.last?.apiPath == "/past_meetings/85746065123")
    }

    @Test("an empty UUID or a page size out of range is refused before sending")
    func refused() async throws {
        let (client, transport) = makeAPITestClient { _ in .json(200, Self.pastMeeting) }
        await #expect(throws: ZoomArgumentError.self) { try await client.pastMeeting(uuid: " ") }
        #expect(throws: ZoomArgumentError.self) { try client.pastMeetingParticipants(uuid: "u", pageSize: 301) }
        #expect(throws: ZoomArgumentError.self) { try client.pastMeetingParticipants(uuid: "", pageSize: 30) }
        #expect(transport.requests.isEmpty)
    }

    @Test("a double-encoded UUID reaches a live server as sent")
    func liveDoubleEncoding() async throws {
        let server = try makeServer { _ in .respond(.json(200, Self.pastMeeting)) }
        defer { server.stop() }
        try await withTransport { transport in
            _ = try await makeLiveClient(server: server, transport: transport).pastMeeting(uuid: "/ab//c==")
        }
        #expect(apiRequests(server).map(\.target) == ["/v2/past_meetings/%252Fab%252F%252Fc%253D%253D"])
    }
}
