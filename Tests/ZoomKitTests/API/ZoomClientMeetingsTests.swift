import Foundation
import Testing

@testable import ZoomKit
@testable import ZoomModels

/// The API extensions over an in-memory transport: what goes out and what comes back.
struct ZoomClientMeetingsTests {
    static let meeting: JSONValue = [
        "id": 85_746_065_123, "uuid": "u==", "topic": "Weekly sync", "type": 2, "start_time": "2026-12-01T09:00:00Z",
        "duration": 30, "timezone": "Europe/Madrid", "join_url": "https://zoom.test/j/85746065123", "password": "abc",
        "settings": ["host_video": true],
    ]

    @Test func createSendsTheDraftsBodyAndDecodesTheMeeting() async throws {
        let (client, transport) = makeAPITestClient { _ in .json(201, Self.meeting) }
        var draft = MeetingDraft()
        try draft.set("topic", text: "Weekly sync")
        try draft.set("duration", text: "30m")
        try draft.set("settings.enforce_login", text: "on")
        let meeting = try await client.createMeeting(userID: "ana@example.com", draft: draft)
        #expect(meeting.id == 85_746_065_123 && meeting.joinURL == "https://zoom.test/j/85746065123")
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST" && request.apiPath == "/users/ana@example.com/meetings")
        #expect(request.json == ["topic": "Weekly sync", "duration": 30], "update-only keys stay out of a create")
        #expect(request.headers["Content-Type"] == "application/json")
    }

    @Test func getUpdateDeleteStatusAndInvitation() async throws {
        let (client, transport) = makeAPITestClient { request in
            switch (request.method, request.apiPath) {
            case ("GET", "/meetings/85746065123"): return .json(200, Self.meeting)
            case ("GET", "/meetings/85746065123/invitation"):
                return .json(200, #"{"invitation":"Join us","sip_links":[]}"#)
            case ("PATCH", _), ("DELETE", _), ("PUT", _): return HTTPResponseData(status: 204)
            default: return .json(404, #"{"code":3001,"message":"Meeting does not exist."}"#)
            }
        }
        let meeting = try await client.meeting(id: 85_746_065_123, occurrenceID: "1648194360000")
        #expect(meeting.topic == "Weekly sync")
        #expect(transport.requests.last?.queryItems == ["occurrence_id": "1648194360000"])
        try await client.updateMeeting(id: 85_746_065_123, body: ["agenda": "new"])
        #expect(transport.requests.last?.method == "PATCH" && transport.requests.last?.json == ["agenda": "new"])
        try await client.deleteMeeting(id: 85_746_065_123, occurrenceID: "1", cancelMeetingReminder: true)
        #expect(transport.requests.last?.method == "DELETE")
        #expect(transport.requests.last?.queryItems == ["occurrence_id": "1", "cancel_meeting_reminder": "true"])
        try await client.endMeeting(id: 85_746_065_123)
        #expect(transport.requests.last?.method == "PUT" && transport.requests.last?.json == ["action": "end"])
        #expect(transport.requests.last?.apiPath == "/meetings/85746065123/status")
        #expect(try await client.meetingInvitation(id: 85_746_065_123).invitation == "Join us")
    }

    @Test func usersAndTheirIDs() async throws {
        let (client, transport) = makeAPITestClient { request in
            .json(200, ["id": "u-1", "email": "ana@example.com", "type": 2, "timezone": "Europe/Madrid"])
        }
        let me = try await client.currentUser()
        #expect(me.id == "u-1" && me.timezone == "Europe/Madrid")
        #expect(transport.requests.last?.apiPath == "/users/me")
        _ = try await client.user("ana+test@example.com")
        #expect(transport.requests.last?.apiPath == "/users/ana%2Btest@example.com")
    }

    @Test func anEmptyAnswerWhereAMeetingWasExpectedIsAnError() async throws {
        let (client, _) = makeAPITestClient { _ in HTTPResponseData(status: 201) }
        await #expect(throws: ZoomModelError.self) { try await client.createMeeting(body: ["topic": "T"]) }
    }

    @Test func rawRequestsReturnStatusAndJSON() async throws {
        let (client, transport) = makeAPITestClient { request in
            request.method == "DELETE" ? HTTPResponseData(status: 204) : .json(200, #"{"ok":true}"#)
        }
        let answer = try await client.rawRequest(method: "get", path: "/v2/users/me/settings?option=meeting_security")
        #expect(answer.status == 200 && answer.json == ["ok": true])
        #expect(transport.requests.last?.url == "\(apiTestBaseURL)/users/me/settings?option=meeting_security")
        _ = try await client.rawRequest(method: "GET", path: "\(apiTestBaseURL)/users/me")
        #expect(transport.requests.last?.url == "\(apiTestBaseURL)/users/me")
        let deleted = try await client.rawRequest(method: "DELETE", path: "meetings/1")
        #expect(deleted.status == 204 && deleted.json == nil && deleted.text.isEmpty)
        let sent = try await client.rawRequest(method: "POST", path: "/users/me/meetings", body: ["topic": "x"])
        #expect(sent.status == 200 && transport.requests.last?.json == ["topic": "x"])
        await #expect(throws: ZoomArgumentError.self) {
            try await client.rawRequest(method: "GET", path: "https://evil.example/v2/users/me")
        }
        #expect(transport.requests.count == 4, "a refused path is never sent")
    }
}
