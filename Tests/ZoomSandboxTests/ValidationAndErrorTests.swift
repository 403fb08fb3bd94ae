import Foundation
import NIOHTTP1
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Validation and Zoom's errors")
struct ValidationAndErrorTests {
    @Test func invalidJSONBody() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            for raw in ["{\"topic\": ", "[1, 2]", "topic=x", ""] {
                let response = try await client.api(.POST, "/users/me/meetings", token: token, rawBody: raw)
                #expect(response.status == 400, "body \(raw)")
                #expect(response.code == 300)
                #expect(response.message == "Request Body should be a valid JSON object.")
            }
            #expect(await sandbox.meetingCount() == 0)
        }
    }

    @Test(
        "each kind of invalid field",
        arguments: [
            (["topic": 42] as JSONValue, "topic"),
            (["type": 7] as JSONValue, "type"),
            (["settings": ["audio": "smoke-signals"]] as JSONValue, "settings.audio"),
            (["topic": .string(String(repeating: "x", count: 201))] as JSONValue, "topic"),
            (["duration": 0] as JSONValue, "duration"),
            (["duration": 1441] as JSONValue, "duration"),
            (["settings": ["host_video": "yes"]] as JSONValue, "settings.host_video"),
            (["start_time": "next tuesday"] as JSONValue, "start_time"),
        ])
    func validationFailed(body: JSONValue, field: String) async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let response = try await client.api(.POST, "/users/me/meetings", token: token, json: body)
            #expect(response.status == 400)
            #expect(response.code == 300)
            #expect(response.message == "Validation Failed.")
            let errors = try #require(response.json?["errors"]?.arrayValue)
            #expect(errors.contains { $0["field"] == .string(field) })
            #expect(errors.allSatisfy { $0["message"]?.stringValue?.isEmpty == false })
            #expect(await sandbox.meetingCount() == 0)
        }
    }

    @Test func updateIsValidatedToo() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let id = try #require(try await client.createMeeting(["topic": "ok"], token: token)["id"]?.intValue)
            let response = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: ["duration": 5000])
            #expect(response.status == 400)
            #expect(response.json?["errors"]?[0]?["field"] == "duration")
            #expect(try await client.api(.GET, "/meetings/\(id)", token: token).json?["duration"] == 60)
        }
    }

    @Test func unknownFieldsAreIgnoredLikeZoomDoes() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(["topic": "x", "colour": "blue"], token: token)
            #expect(meeting["colour"] == nil)
        }
    }

    @Test func unknownUserAndMeeting() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let user = try await client.api(.GET, "/users/ghost@example.com", token: token)
            #expect(user.status == 404)
            #expect(user.code == 1001)
            #expect(user.message == "User does not exist: ghost@example.com.")
            let create = try await client.api(.POST, "/users/ghost/meetings", token: token, json: ["topic": "x"])
            #expect(create.status == 404)
            #expect(create.code == 1001)
            let list = try await client.api(.GET, "/users/ghost/meetings", token: token)
            #expect(list.code == 1001)
            for (method, path) in [
                (HTTPMethod.GET, "/meetings/12345678901"), (.DELETE, "/meetings/12345678901"),
                (.GET, "/meetings/12345678901/invitation"),
            ] {
                let response = try await client.api(method, path, token: token)
                #expect(response.status == 404)
                #expect(response.code == 3001)
                #expect(response.message == "Meeting does not exist: 12345678901.")
            }
            let patch = try await client.api(.PATCH, "/meetings/12345678901", token: token, json: ["topic": "x"])
            #expect(patch.code == 3001)
            let word = try await client.api(.GET, "/meetings/tomorrow", token: token)
            #expect(word.status == 404)
            #expect(word.message == "Meeting does not exist: tomorrow.")
        }
    }

    @Test func anOversizedBodyIsRefused() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let agenda = String(repeating: "a", count: 5 << 20)
            let response = try await client.api(
                .POST, "/users/me/meetings", token: token, json: ["agenda": .string(agenda)])
            #expect(response.status == 413)
            #expect(response.code == 300)
            #expect(response.header("x-zm-trackingid") != nil)
            #expect(await sandbox.meetingCount() == 0)
        }
    }

    @Test func unknownPath() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            for path in ["/v2/webinars/1/polls", "/v2/meetings", "/nothing/here"] {
                let response = try await client.send(
                    .GET, path, headers: [("Authorization", "Bearer \(token)"), ("Accept", "application/json")])
                #expect(response.status == 404, "\(path)")
                #expect(response.code == 2300)
                #expect(response.message == "This API endpoint is not recognized.")
            }
        }
    }

    @Test func errorsAreXMLWithoutAcceptJSON() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            for accept in [nil, "application/xml", "*/*"] as [String?] {
                let response = try await client.api(.GET, "/meetings/999", token: token, accept: accept)
                #expect(response.status == 404)
                #expect(response.header("Content-Type")?.hasPrefix("application/xml") == true)
                #expect(
                    response.text
                        == #"<?xml version="1.0" encoding="UTF-8"?><error><code>3001</code>"#
                        + "<message>Meeting does not exist: 999.</message></error>")
            }
            let unauthorized = try await client.send(.GET, "/v2/users/me")
            #expect(unauthorized.status == 401)
            #expect(unauthorized.text.contains("<code>124</code>"))
            let success = try await client.api(.GET, "/users/me", token: token, accept: nil)
            #expect(success.status == 200)
            #expect(success.json?["id"] != nil)
        }
    }

    @Test func everyResponseHasATrackingID() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let responses = [
                try await client.api(.GET, "/users/me", token: token),
                try await client.api(.GET, "/meetings/1", token: token),
                try await client.send(.GET, "/elsewhere"),
                try await client.send(.POST, "/oauth/token"),
            ]
            var seen = Set<String>()
            for response in responses {
                let id = try #require(response.header("x-zm-trackingid"))
                seen.insert(id)
            }
            #expect(seen.count == responses.count)
        }
    }
}
