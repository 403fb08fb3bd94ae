import Foundation
import TestSupport
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Dates after 9999-12-31T23:59:59Z")
struct DateRangeTests {
    @Test(
        "a create that would store a date after year 9999 is refused",
        arguments: [
            (
                [
                    "type": 8, "start_time": "9999-12-31T10:00:00Z", "timezone": "UTC",
                    "recurrence": ["type": 1, "end_times": 2],
                ] as JSONValue, "recurrence"
            ),
            (["start_time": "9999-12-31T23:00:00", "timezone": "Etc/GMT+12"] as JSONValue, "start_time"),
            (
                [
                    "type": 8, "start_time": "9999-12-30T10:00:00Z", "timezone": "UTC",
                    "recurrence": ["type": 1, "end_date_time": "9999-12-31T23:59:59-05:00"],
                ] as JSONValue, "recurrence.end_date_time"
            ),
        ])
    func createIsRefused(body: JSONValue, field: String) async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let response = try await client.api(.POST, "/users/me/meetings", token: token, json: body)
            #expect(response.status == 400, "\(response.text)")
            #expect(response.code == 300)
            let errors = response.json?["errors"]?.arrayValue ?? []
            #expect(errors.contains { $0["field"] == .string(field) }, "\(response.text)")
            #expect(await sandbox.meetingCount() == 0)
            #expect(await sandbox.snapshot().dailyCounts.isEmpty)
        }
    }

    @Test func anUpdateThatWouldStoreADateAfterYear9999IsRefused() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(["start_time": "2026-07-01T10:00:00Z"], token: token)
            let id = try #require(meeting["id"]?.intValue)
            let late: JSONValue = ["start_time": "9999-12-31T23:00:00", "timezone": "Etc/GMT+12"]
            let response = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: late)
            #expect(response.status == 400)
            #expect(response.json?["errors"]?[0]?["field"] == "start_time")
            let again = try await client.api(.GET, "/meetings/\(id)", token: token).json
            #expect(again?["start_time"] == "2026-07-01T10:00:00Z")

            let recurring = try await client.createMeeting(
                [
                    "type": 8, "start_time": "2026-07-01T10:00:00Z", "timezone": "UTC",
                    "recurrence": ["type": 1, "end_times": 2],
                ], token: token)
            let recurringID = try #require(recurring["id"]?.intValue)
            let occurrence = try #require(recurring["occurrences"]?[0]?["occurrence_id"]?.stringValue)
            let moved = try await client.api(
                .PATCH, "/meetings/\(recurringID)?occurrence_id=\(occurrence)", token: token,
                json: ["start_time": "9999-12-31T23:30:00-01:00"])
            #expect(moved.status == 400)
            #expect(moved.json?["errors"]?[0]?["field"] == "start_time")
        }
    }

    @Test func theLastInstantIsAcceptedAndSurvivesARestart() async throws {
        let scratch = try TemporaryDirectory(prefix: "zoomsh-sandbox")
        let path = scratch.file("state.json")
        let configuration = testConfiguration { $0.stateFile = path }
        let ids = try await withSandbox(configuration) { _, client in
            let token = try await client.token()
            let single = try await client.createMeeting(["start_time": "9999-12-31T23:59:59Z"], token: token)
            #expect(single["start_time"] == "9999-12-31T23:59:59Z")
            let recurring = try await client.createMeeting(
                [
                    "type": 8, "start_time": "9999-12-30T10:00:00Z", "timezone": "UTC",
                    "recurrence": ["type": 1, "end_times": 2],
                ], token: token)
            #expect(recurring["occurrences"]?.arrayValue?.count == 2)
            return [single["id"], recurring["id"]].compactMap { $0?.intValue }
        }
        try await withSandbox(configuration) { sandbox, client in
            #expect(sandbox.warnings.isEmpty)
            let token = try await client.token()
            for id in ids {
                #expect(try await client.api(.GET, "/meetings/\(id)", token: token).status == 200)
            }
        }
    }

    @Test func aStateFileWithAnUnreadableMeetingStartsWithoutIt() async throws {
        let scratch = try TemporaryDirectory(prefix: "zoomsh-sandbox")
        let path = scratch.file("state.json")
        let configuration = testConfiguration { $0.stateFile = path }
        let (kept, broken) = try await withSandbox(configuration) { _, client in
            let token = try await client.token()
            let broken = try await client.createMeeting(
                [
                    "type": 8, "start_time": "2026-07-01T10:00:00Z", "timezone": "UTC",
                    "recurrence": ["type": 1, "end_times": 2],
                ], token: token)
            let kept = try await client.createMeeting(["topic": "kept"], token: token)
            return (kept, broken)
        }
        // What an older sandbox wrote for an occurrence after year 9999.
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let damaged = original.replacingOccurrences(of: "\"2026-07-02T10:00:00Z\"", with: "\"10000-01-01T10:00:00Z\"")
        #expect(damaged != original)
        try damaged.write(toFile: path, atomically: true, encoding: .utf8)

        try await withSandbox(configuration) { sandbox, client in
            #expect(sandbox.warnings.count == 2)
            #expect(sandbox.warnings.first?.contains("meetings[0] has an occurrence") == true, "\(sandbox.warnings)")
            let token = try await client.token()
            let keptID = try #require(kept["id"]?.intValue)
            let brokenID = try #require(broken["id"]?.intValue)
            #expect(try await client.api(.GET, "/meetings/\(keptID)", token: token).status == 200)
            #expect(try await client.api(.GET, "/meetings/\(brokenID)", token: token).status == 404)
        }
        let directory = (path as NSString).deletingLastPathComponent
        let copies = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".bak") }
        #expect(copies.count == 1)
        let copy = try String(contentsOfFile: directory + "/" + (copies.first ?? ""), encoding: .utf8)
        #expect(copy == damaged)
    }
}
