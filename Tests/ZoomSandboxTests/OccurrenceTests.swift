import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Occurrences of recurring meetings")
struct OccurrenceTests {
    private func starts(_ meeting: JSONValue) -> [String] {
        (meeting["occurrences"]?.arrayValue ?? []).compactMap { $0["start_time"]?.stringValue }
    }

    private func create(_ body: JSONValue) async throws -> JSONValue {
        try await withSandbox { _, client in try await client.createMeeting(body, token: try await client.token()) }
    }

    @Test func dailyEveryTwoDays() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-06-02T09:00:00", "timezone": "Europe/Madrid", "duration": 30,
            "recurrence": ["type": 1, "repeat_interval": 2, "end_times": 5],
        ])
        #expect(
            starts(meeting) == [
                "2026-06-02T07:00:00Z", "2026-06-04T07:00:00Z", "2026-06-06T07:00:00Z", "2026-06-08T07:00:00Z",
                "2026-06-10T07:00:00Z",
            ])
        let first = try #require(meeting["occurrences"]?[0])
        #expect(
            first["occurrence_id"]
                == .string(String(Int64(instant("2026-06-02T07:00:00Z").timeIntervalSince1970 * 1000))))
        #expect(first["duration"] == 30)
        #expect(first["status"] == "available")
        #expect(meeting["recurrence"]?["repeat_interval"] == 2)
    }

    @Test func weeklyOnMondaysAndWednesdays() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-06-02T10:00:00", "timezone": "America/New_York",
            "recurrence": ["type": 2, "weekly_days": "2,4", "end_times": 4],
        ])
        #expect(
            starts(meeting) == [
                "2026-06-03T14:00:00Z", "2026-06-08T14:00:00Z", "2026-06-10T14:00:00Z", "2026-06-15T14:00:00Z",
            ])
    }

    @Test func monthlyOnADay() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-06-10T10:00:00Z", "timezone": "UTC",
            "recurrence": ["type": 3, "monthly_day": 15, "end_times": 3],
        ])
        #expect(starts(meeting) == ["2026-06-15T10:00:00Z", "2026-07-15T10:00:00Z", "2026-08-15T10:00:00Z"])
    }

    @Test func monthlyOnTheLastFriday() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-06-01T18:00:00Z", "timezone": "UTC",
            "recurrence": ["type": 3, "monthly_week": -1, "monthly_week_day": 6, "end_times": 3],
        ])
        #expect(starts(meeting) == ["2026-06-26T18:00:00Z", "2026-07-31T18:00:00Z", "2026-08-28T18:00:00Z"])
    }

    @Test func untilAnEndDate() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-06-02T09:00:00Z", "timezone": "UTC",
            "recurrence": ["type": 1, "end_date_time": "2026-06-05T23:59:59Z"],
        ])
        #expect(starts(meeting).count == 4)
        #expect(starts(meeting).last == "2026-06-05T09:00:00Z")
    }

    @Test func localTimeIsKeptAcrossDaylightSaving() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-10-24T10:00:00", "timezone": "Europe/Madrid",
            "recurrence": ["type": 1, "end_times": 2],
        ])
        #expect(starts(meeting) == ["2026-10-24T08:00:00Z", "2026-10-25T09:00:00Z"])
    }

    @Test func atMostSixty() async throws {
        let meeting = try await create([
            "type": 8, "start_time": "2026-06-02T09:00:00Z", "timezone": "UTC",
            "recurrence": ["type": 1, "end_date_time": "2027-12-31T00:00:00Z"],
        ])
        #expect(starts(meeting).count == 60)
        try await withSandbox { _, client in
            let token = try await client.token()
            let response = try await client.api(
                .POST, "/users/me/meetings", token: token,
                json: ["type": 8, "recurrence": ["type": 1, "end_times": 61]])
            #expect(response.status == 400)
            #expect(response.json?["errors"]?[0]?["field"] == "recurrence.end_times")
        }
    }

    @Test func deleteGetAndUpdateOneOccurrence() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(
                [
                    "type": 8, "start_time": "2026-06-02T09:00:00Z", "timezone": "UTC", "duration": 60,
                    "recurrence": ["type": 1, "end_times": 4],
                ],
                token: token)
            let id = try #require(meeting["id"]?.intValue)
            let ids = (meeting["occurrences"]?.arrayValue ?? []).compactMap { $0["occurrence_id"]?.stringValue }
            #expect(ids.count == 4)

            let deleted = try await client.api(.DELETE, "/meetings/\(id)?occurrence_id=\(ids[1])", token: token)
            #expect(deleted.status == 204)
            let after = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            let statuses = (after["occurrences"]?.arrayValue ?? []).compactMap { $0["status"]?.stringValue }
            #expect(statuses == ["available", "deleted", "available", "available"])

            let one = try #require(
                try await client.api(.GET, "/meetings/\(id)?occurrence_id=\(ids[2])", token: token).json)
            #expect(one["start_time"] == "2026-06-04T09:00:00Z")
            #expect(one["occurrences"]?.arrayValue?.count == 1)

            let patch = try await client.api(
                .PATCH, "/meetings/\(id)?occurrence_id=\(ids[3])", token: token, json: ["duration": 15])
            #expect(patch.status == 204)
            let patched = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            #expect(patched["occurrences"]?[3]?["duration"] == 15)
            #expect(patched["occurrences"]?[2]?["duration"] == 60)

            let bad = try await client.api(.DELETE, "/meetings/\(id)?occurrence_id=123", token: token)
            #expect(bad.status == 400)
            #expect(bad.code == 300)
            #expect(bad.message == "Invalid parameter: occurrence_id.")

            clock.set(instant("2026-06-03T12:00:00Z"))
            let fresh = try await client.token()
            let upcoming = try #require(try await client.api(.GET, "/meetings/\(id)", token: fresh).json)
            #expect(upcoming["occurrences"]?.arrayValue?.count == 2)
            let all = try #require(
                try await client.api(.GET, "/meetings/\(id)?show_previous_occurrences=true", token: fresh).json)
            #expect(all["occurrences"]?.arrayValue?.count == 4)
            #expect(try await client.api(.DELETE, "/meetings/\(id)", token: fresh).status == 204)
            #expect(try await client.api(.GET, "/meetings/\(id)", token: fresh).status == 404)
        }
    }
}
