import Foundation
import TestSupport
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("State file")
struct PersistenceTests {
    @Test func stateSurvivesARestart() async throws {
        let scratch = try TemporaryDirectory(prefix: "zoomsh-sandbox")
        let path = scratch.file("state.json")
        let clock = ManualSandboxClock(iso8601: testEpoch)
        let configuration = testConfiguration(clock: clock) { $0.stateFile = path }
        let (kept, deleted, recurring) = try await withSandbox(configuration) { _, client in
            let token = try await client.token()
            let kept = try await client.createMeeting(["topic": "kept", "password": "keep12"], token: token)
            let deleted = try await client.createMeeting(["topic": "deleted"], token: token)
            let recurring = try await client.createMeeting(
                ["type": 8, "start_time": "2026-06-02T09:00:00Z", "recurrence": ["type": 1, "end_times": 3]],
                token: token)
            let ids = recurring["occurrences"]?.arrayValue?.compactMap { $0["occurrence_id"]?.stringValue } ?? []
            let deletedID = try #require(deleted["id"]?.intValue)
            #expect(try await client.api(.DELETE, "/meetings/\(deletedID)", token: token).status == 204)
            let recurringID = try #require(recurring["id"]?.intValue)
            _ = try await client.api(.DELETE, "/meetings/\(recurringID)?occurrence_id=\(ids[0])", token: token)
            return (kept, deleted, recurring)
        }

        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let directory = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["state.json"])

        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            let keptID = try #require(kept["id"]?.intValue)
            let again = try #require(try await client.api(.GET, "/meetings/\(keptID)", token: token).json)
            for key in ["uuid", "topic", "password", "join_url", "start_time", "created_at", "settings"] {
                #expect(again[key] == kept[key], "\(key)")
            }
            let deletedID = try #require(deleted["id"]?.intValue)
            #expect(try await client.api(.GET, "/meetings/\(deletedID)", token: token).status == 404)
            #expect(await sandbox.snapshot().deletedMeetingIDs == [deletedID])
            let recurringID = try #require(recurring["id"]?.intValue)
            let occurrences = try await client.api(.GET, "/meetings/\(recurringID)", token: token).json?["occurrences"]
            #expect(
                occurrences?.arrayValue?.compactMap { $0["status"]?.stringValue } == [
                    "deleted", "available", "available",
                ])
            #expect(await sandbox.snapshot().dailyCounts["KDcuGIm1QgePTO8WbOqwIQ"] == 3)

            let next = try await client.createMeeting(["topic": "after restart"], token: token)
            let previousIDs: Set<JSONValue?> = [kept["id"], deleted["id"], recurring["id"]]
            #expect(!previousIDs.contains(next["id"]))
            #expect(await sandbox.meetingCount() == 3)
        }
        let saved = try JSONValue(parsing: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(saved["format"] == "zoomsh-sandbox-state")
        #expect(saved["next_meeting_serial"] == 5)
        #expect(saved["meetings"]?.arrayValue?.count == 4)
    }

    @Test func aTokenStaysValidAcrossARestart() async throws {
        let scratch = try TemporaryDirectory(prefix: "zoomsh-sandbox")
        let path = scratch.file("state.json")
        let configuration = testConfiguration { $0.stateFile = path }
        let token = try await withSandbox(configuration) { _, client in try await client.token() }
        try await withSandbox(configuration) { _, client in
            let response = try await client.api(.GET, "/users/me", token: token)
            #expect(response.status == 200)
        }
    }

    @Test func aCorruptStateFileIsReportedAndKept() async throws {
        let scratch = try TemporaryDirectory(prefix: "zoomsh-sandbox")
        let path = scratch.file("state.json")
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try await Sandbox.start(testConfiguration { $0.stateFile = path })
            Issue.record("a corrupt state file was accepted")
        } catch let error as SandboxError {
            #expect(error.kind == .stateFile)
            #expect(error.message.contains(path))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ not json")
    }

    @Test func stateRoundTripsThroughJSON() throws {
        var state = SandboxState()
        state.nextMeetingSerial = 7
        state.dailyCounts["u1"] = .init(day: "2026-06-01", count: 4)
        let object = JSONObject([("id", 81_234_567_890), ("topic", "t"), ("settings", ["audio": "voip"])])
        state.meetings[81_234_567_890] = StoredMeeting(
            id: 81_234_567_890, hostID: "u1", object: object,
            occurrences: [StoredOccurrence(start: instant("2026-06-02T09:00:00Z"), duration: 30)],
            createdAt: instant("2026-06-01T12:00:00Z"), endedAt: nil, deletedAt: instant("2026-06-01T13:00:00Z"))
        let text = state.json.prettyText
        var skipped: [String] = []
        #expect(try SandboxState(json: try JSONValue(parsing: text), skipped: &skipped) == state)
        #expect(skipped.isEmpty)
    }
}
