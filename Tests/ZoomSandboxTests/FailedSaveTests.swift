import Foundation
import TestSupport
import Testing

@testable import ZoomSandbox

@Suite("A failed save changes nothing")
struct FailedSaveTests {
    @Test func everyChangeIsUndoneWhenItsSaveFails() async throws {
        let scratch = try TemporaryDirectory(prefix: "zoomsh-sandbox")
        let directory = scratch.file("sub")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let configuration = testConfiguration { $0.stateFile = directory + "/state.json" }
        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(["topic": "before"], token: token)
            let id = try #require(meeting["id"]?.intValue)
            let deleted = try #require(try await client.createMeeting([:], token: token)["id"]?.intValue)
            #expect(try await client.api(.DELETE, "/meetings/\(deleted)", token: token).status == 204)
            let before = comparable(await sandbox.snapshot())
            try FileManager.default.removeItem(atPath: directory)

            let create = try await client.api(.POST, "/users/me/meetings", token: token, json: ["topic": "new"])
            #expect(create.status == 500)
            let patch = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: ["topic": "after"])
            #expect(patch.status == 500)
            #expect(try await client.api(.DELETE, "/meetings/\(id)", token: token).status == 500)
            let end = try await client.api(.PUT, "/meetings/\(id)/status", token: token, json: ["action": "end"])
            #expect(end.status == 500)
            let recover = try await client.api(
                .PUT, "/meetings/\(deleted)/status", token: token, json: ["action": "recover"])
            #expect(recover.status == 500)
            #expect(comparable(await sandbox.snapshot()) == before)

            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let again = try await client.api(.POST, "/users/me/meetings", token: token, json: ["topic": "new"])
            #expect(again.status == 201)
            #expect(await sandbox.meetingCount() == 2)
            #expect(await sandbox.snapshot().dailyCounts.values.first == 3)
        }
    }
}
