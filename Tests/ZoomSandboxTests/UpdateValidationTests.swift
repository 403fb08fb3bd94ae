import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("An update is checked like a create")
struct UpdateValidationTests {
    @Test func anInvalidUpdateOverTheDailyLimitIs400() async throws {
        let configuration = testConfiguration { $0.dailyMeetingLimit = 1 }
        try await withSandbox(configuration) { _, client in
            let token = try await client.token()
            let id = try #require(try await client.createMeeting([:], token: token)["id"]?.intValue)
            let create = try await client.api(.POST, "/users/me/meetings", token: token, json: ["duration": 5000])
            #expect(create.status == 400)
            let update = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: ["duration": 5000])
            #expect(update.status == 400)
            #expect(update.json?["errors"]?[0]?["field"] == "duration")
            let valid = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: ["duration": 50])
            #expect(valid.status == 429)
        }
    }

    @Test func recurrenceNeedsType8AfterThePatch() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let recurrence: JSONValue = ["type": 1, "end_times": 2]
            let create = try await client.api(
                .POST, "/users/me/meetings", token: token, json: ["type": 2, "recurrence": recurrence])
            #expect(create.status == 400)
            #expect(create.json?["errors"]?[0]?["field"] == "recurrence")

            let id = try #require(try await client.createMeeting(["type": 2], token: token)["id"]?.intValue)
            let before = comparable(await sandbox.snapshot())
            let patch = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: ["recurrence": recurrence])
            #expect(patch.status == 400)
            #expect(patch.code == 300)
            #expect(patch.json?["errors"]?[0]?["field"] == "recurrence")
            #expect(comparable(await sandbox.snapshot()) == before)

            let toType8 = try await client.api(
                .PATCH, "/meetings/\(id)", token: token, json: ["type": 8, "recurrence": recurrence])
            #expect(toType8.status == 204)
            let fetched = try await client.api(.GET, "/meetings/\(id)", token: token).json
            #expect(fetched?["occurrences"]?.arrayValue?.count == 2)

            // A recurring meeting keeps taking a new recurrence; one made type 2 cannot.
            let again = try await client.api(
                .PATCH, "/meetings/\(id)", token: token, json: ["recurrence": ["type": 1, "end_times": 3]])
            #expect(again.status == 204)
            let backTo2 = try await client.api(
                .PATCH, "/meetings/\(id)", token: token, json: ["type": 2, "recurrence": recurrence])
            #expect(backTo2.status == 400)
        }
    }
}
