import Foundation
import TestSupport
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("The sandbox's answers match Zoom's OpenAPI spec", .enabled(if: ZoomSpec.isAvailable, ZoomSpec.skipNote))
struct SpecConformanceTests {
    let checker = SchemaChecker(for: .responses)

    static let scheduled: JSONValue = [
        "topic": "Spec check", "type": 2, "start_time": "2026-07-01T10:00:00", "timezone": "Europe/Madrid",
        "duration": 50, "agenda": "All the fields", "password": "spec12",
        "tracking_fields": [["field": "team", "value": "sdk"]],
        "settings": [
            "host_video": true, "waiting_room": true, "audio": "voip", "auto_recording": "cloud", "jbh_time": 5,
            "meeting_invitees": [["email": "guest@example.com"]], "breakout_room": ["enable": true],
            "use_pmi": true,
        ],
    ]

    static let recurring: JSONValue = [
        "topic": "Spec check, recurring", "type": 8, "start_time": "2026-07-01T10:00:00Z", "timezone": "UTC",
        "recurrence": ["type": 2, "weekly_days": "2,5", "end_times": 6],
    ]

    private func expectConforms(_ value: JSONValue, _ schema: JSONValue, _ what: String) {
        let problems = checker.check(value, schema)
        #expect(problems.isEmpty, "\(what): \(problems.joined(separator: "; "))")
    }

    @Test(arguments: [SpecConformanceTests.scheduled, SpecConformanceTests.recurring])
    func createAnswer(body: JSONValue) async throws {
        let schema = try ZoomSpec.responseSchema("Meetings.json", "/users/{userId}/meetings", "post", "201")
        try await withSandbox { _, client in
            let created = try await client.createMeeting(body, token: try await client.token())
            expectConforms(created, schema, "POST /users/me/meetings 201")
        }
    }

    @Test(arguments: [SpecConformanceTests.scheduled, SpecConformanceTests.recurring])
    func getAnswer(body: JSONValue) async throws {
        let schema = try ZoomSpec.responseSchema("Meetings.json", "/meetings/{meetingId}", "get", "200")
        try await withSandbox { _, client in
            let token = try await client.token()
            let id = try #require(try await client.createMeeting(body, token: token)["id"]?.intValue)
            let fetched = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            expectConforms(fetched, schema, "GET /meetings/{id} 200")
        }
    }

    @Test func listAnswer() async throws {
        let schema = try ZoomSpec.responseSchema("Meetings.json", "/users/{userId}/meetings", "get", "200")
        try await withSandbox { _, client in
            let token = try await client.token()
            _ = try await client.createMeeting(Self.scheduled, token: token)
            _ = try await client.createMeeting(Self.recurring, token: token)
            _ = try await client.createMeeting(["type": 3, "topic": "no fixed time"], token: token)
            _ = try await client.createMeeting(["type": 10, "topic": "screen share only"], token: token)
            let list = try #require(try await client.api(.GET, "/users/me/meetings?page_size=2", token: token).json)
            #expect(list["meetings"]?.arrayValue?.count == 2)
            expectConforms(list, schema, "GET /users/me/meetings 200")
            let all = try #require(try await client.api(.GET, "/users/me/meetings", token: token).json)
            #expect(all["total_records"] == 3)
            expectConforms(all, schema, "GET /users/me/meetings 200, all")
        }
    }

    @Test func endedMeetingAnswer() async throws {
        let schema = try ZoomSpec.responseSchema("Meetings.json", "/meetings/{meetingId}", "get", "200")
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(
                ["start_time": "2026-06-01T12:30:00Z", "duration": 30], token: token)
            let id = try #require(meeting["id"]?.intValue)
            clock.advance(by: 31 * 60)
            let started = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            #expect(started["status"] == "started")
            expectConforms(started, schema, "GET /meetings/{id} 200, started")
            let end = try await client.api(.PUT, "/meetings/\(id)/status", token: token, json: ["action": "end"])
            #expect(end.status == 204)
            let ended = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            expectConforms(ended, schema, "GET /meetings/{id} 200, ended")
        }
    }

    @Test func invitationAnswer() async throws {
        let schema = try ZoomSpec.responseSchema("Meetings.json", "/meetings/{meetingId}/invitation", "get", "200")
        try await withSandbox { _, client in
            let token = try await client.token()
            let id = try #require(try await client.createMeeting(Self.recurring, token: token)["id"]?.intValue)
            let invitation = try #require(try await client.api(.GET, "/meetings/\(id)/invitation", token: token).json)
            expectConforms(invitation, schema, "GET /meetings/{id}/invitation 200")
        }
    }

    @Test func userAnswer() async throws {
        let schema = try ZoomSpec.responseSchema("Users.json", "/users/{userId}", "get", "200")
        try await withSandbox { _, client in
            let user = try #require(try await client.api(.GET, "/users/me", token: try await client.token()).json)
            expectConforms(user, schema, "GET /users/me 200")
        }
    }

    @Test func userListAnswers() async throws {
        let schema = try ZoomSpec.responseSchema("Users.json", "/users", "get", "200")
        try await withSandbox { _, client in
            let token = try await client.token()
            let first = try #require(try await client.api(.GET, "/users?page_size=2", token: token).json)
            expectConforms(first, schema, "GET /users?page_size=2 200")
            let next = try #require(first["next_page_token"]?.stringValue)
            #expect(!next.isEmpty)
            let second = try #require(
                try await client.api(.GET, "/users?page_size=2&next_page_token=\(next)", token: token).json)
            expectConforms(second, schema, "GET /users next page 200")
            for query in ["status=pending", "role_id=1", "status=active&page_size=2000"] {
                let page = try #require(try await client.api(.GET, "/users?\(query)", token: token).json)
                expectConforms(page, schema, "GET /users?\(query) 200")
            }
        }
    }

    @Test func theCheckerFindsProblems() throws {
        let schema: JSONValue = [
            "type": "object",
            "properties": [
                "id": ["type": "integer"], "status": ["type": "string", "enum": ["waiting", "started"]],
                "start_time": ["type": "string", "format": "date-time"],
                "items": ["type": "array", "items": ["type": "boolean"]],
            ],
        ]
        #expect(checker.check(["id": 1, "status": "waiting", "start_time": "2026-01-01T00:00:00Z"], schema).isEmpty)
        let bad: JSONValue = [
            "id": "1", "status": "paused", "start_time": "2026-01-01 00:00", "items": [true, 1], "extra": 0,
        ]
        let problems = checker.check(bad, schema)
        #expect(problems.count == 5, "\(problems)")
    }
}
