import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Meeting create, get, update, delete")
struct MeetingCRUDTests {
    @Test func roundTrip() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let created = try await client.createMeeting(
                [
                    "topic": "Planning", "type": 2, "start_time": "2026-07-01T10:00:00", "timezone": "Europe/Madrid",
                    "duration": 45, "agenda": "Q3",
                ],
                token: token)
            let id = try #require(created["id"]?.intValue)
            #expect(await sandbox.meetingCount() == 1)

            let fetched = try await client.api(.GET, "/meetings/\(id)", token: token)
            #expect(fetched.status == 200)
            #expect(fetched.json?["topic"] == "Planning")
            #expect(fetched.json?["start_time"] == "2026-07-01T08:00:00Z")
            #expect(fetched.json?["timezone"] == "Europe/Madrid")
            #expect(fetched.json?["uuid"] == created["uuid"])

            let patched = try await client.api(
                .PATCH, "/meetings/\(id)", token: token,
                json: ["topic": "Planning (moved)", "duration": 90, "settings": ["waiting_room": true]])
            #expect(patched.status == 204)
            #expect(patched.body.isEmpty)

            let after = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            #expect(after["topic"] == "Planning (moved)")
            #expect(after["duration"] == 90)
            #expect(after["settings"]?["waiting_room"] == true)
            #expect(after["settings"]?["audio"] == "both")
            #expect(after["agenda"] == "Q3")

            let deleted = try await client.api(.DELETE, "/meetings/\(id)", token: token)
            #expect(deleted.status == 204)
            let gone = try await client.api(.GET, "/meetings/\(id)", token: token)
            #expect(gone.status == 404)
            #expect(gone.code == 3001)
            #expect(gone.message == "Meeting does not exist: \(id).")
            #expect(await sandbox.meetingCount() == 0)
        }
    }

    @Test func createdMeetingLooksReal() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(
                ["topic": "Shape", "start_time": "2026-07-01T15:30:00Z"], token: token)
            let id = try #require(meeting["id"]?.intValue)
            #expect((10...11).contains(String(id).count))
            let uuid = try #require(meeting["uuid"]?.stringValue)
            #expect(Data(base64Encoded: uuid)?.count == 16)
            #expect(meeting["host_id"] == "KDcuGIm1QgePTO8WbOqwIQ")
            #expect(meeting["host_email"] == "nora.ames@sandbox.example.com")
            let password = try #require(meeting["password"]?.stringValue)
            #expect(password.count == 6 && password.allSatisfy { $0.isLetter || $0.isNumber })
            let joinURL = try #require(meeting["join_url"]?.stringValue)
            #expect(joinURL.contains(String(id)) && joinURL.contains("pwd="))
            #expect(meeting["start_url"]?.stringValue?.contains(String(id)) == true)
            #expect(meeting["pstn_password"]?.stringValue?.allSatisfy(\.isNumber) == true)
            #expect(meeting["h323_password"]?.stringValue?.allSatisfy(\.isNumber) == true)
            #expect(meeting["encrypted_password"]?.stringValue?.isEmpty == false)
            #expect(meeting["created_at"] == .string(testEpoch))
            #expect(meeting["status"] == "waiting")
            #expect(meeting["type"] == 2)
            #expect(meeting["duration"] == 60)
            #expect(meeting["timezone"] == "America/New_York")
            #expect(meeting["start_time"] == "2026-07-01T15:30:00Z")
            #expect(meeting["creation_source"] == "open_api")
            #expect(meeting["settings"]?["join_before_host"] == false)
            #expect(meeting["settings"]?["approval_type"] == 2)
            #expect(meeting["settings"]?["auto_recording"] == "none")
            #expect(meeting["pre_schedule"] == false)
        }
    }

    @Test func passcodes() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let given = try await client.createMeeting(["password": "123456"], token: token)
            #expect(given["password"] == "123456")
            #expect(given["pstn_password"] == "123456")
            let none = try await client.createMeeting(["default_password": false], token: token)
            #expect(none["password"] == "")
            #expect(none["join_url"]?.stringValue?.contains("pwd=") == false)
        }
    }

    @Test func localStartTimeIsReadInTheHostsZoneWithoutTimezone() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let tokyo = try await client.createMeeting(
                ["start_time": "2026-07-01T10:00:00"], user: "yuki.sato@sandbox.example.com", token: token)
            #expect(tokyo["timezone"] == "Asia/Tokyo")
            #expect(tokyo["start_time"] == "2026-07-01T01:00:00Z")
            #expect(tokyo["host_id"] == "Hc5CWq5YRHuNwW1GzBLPxg")
            let madrid = try await client.createMeeting(
                ["start_time": "2026-12-01T10:00:00"], user: "z8yCxjabR7ur2ZpcOW6HxA", token: token)
            #expect(madrid["start_time"] == "2026-12-01T09:00:00Z")
            let past = try await client.createMeeting(["start_time": "2020-01-01T10:00:00Z"], token: token)
            #expect(past["start_time"] == .string(testEpoch))
        }
    }

    @Test func usersByIDEmailAndMe() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let me = try #require(try await client.api(.GET, "/users/me", token: token).json)
            #expect(me["id"] == "KDcuGIm1QgePTO8WbOqwIQ")
            #expect(me["account_id"] == "sandbox-account")
            let byEmail = try await client.api(.GET, "/users/mateo.ruiz@sandbox.example.com", token: token)
            #expect(byEmail.json?["timezone"] == "Europe/Madrid")
            let byID = try await client.api(.GET, "/users/Hc5CWq5YRHuNwW1GzBLPxg", token: token)
            #expect(byID.json?["email"] == "yuki.sato@sandbox.example.com")
            let list = try await client.api(.GET, "/users", token: token)
            #expect(list.json?["total_records"] == 3)
        }
    }

    @Test func invitation() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(["topic": "Invite me", "password": "abc123"], token: token)
            let id = try #require(meeting["id"]?.intValue)
            let response = try await client.api(.GET, "/meetings/\(id)/invitation", token: token)
            #expect(response.status == 200)
            let text = try #require(response.json?["invitation"]?.stringValue)
            #expect(text.contains("Topic: Invite me"))
            #expect(text.contains("Passcode: abc123"))
            #expect(text.contains(meeting["join_url"]?.stringValue ?? "?"))
            #expect(text.contains("Nora Ames is inviting you"))
            #expect(response.json?["sip_links"] == [.string("\(id)@zoomcrc.com")])
        }
    }

    @Test func statusEndAndRecover() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { sandbox, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(
                ["start_time": "2026-06-01T12:30:00Z", "duration": 30], token: token)
            let id = try #require(meeting["id"]?.intValue)
            #expect(meeting["status"] == "waiting")
            clock.advance(by: 31 * 60)
            #expect(try await client.api(.GET, "/meetings/\(id)", token: token).json?["status"] == "started")
            let live = try await client.api(.GET, "/users/me/meetings?type=live", token: token)
            #expect(live.json?["total_records"] == 1)
            let end = try await client.api(.PUT, "/meetings/\(id)/status", token: token, json: ["action": "end"])
            #expect(end.status == 204)
            let ended = try #require(try await client.api(.GET, "/meetings/\(id)", token: token).json)
            #expect(ended["status"] == "waiting")
            #expect(ended["uuid"] != meeting["uuid"])

            #expect(try await client.api(.DELETE, "/meetings/\(id)", token: token).status == 204)
            #expect(await sandbox.snapshot().deletedMeetingIDs == [id])
            let recover = try await client.api(
                .PUT, "/meetings/\(id)/status", token: token, json: ["action": "recover"])
            #expect(recover.status == 204)
            #expect(try await client.api(.GET, "/meetings/\(id)", token: token).status == 200)

            let bad = try await client.api(.PUT, "/meetings/\(id)/status", token: token, json: ["action": "pause"])
            #expect(bad.status == 400)
            #expect(bad.code == 300)
        }
    }

    @Test func deletedMeetingCannotBeRecoveredAfterSevenDays() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await client.token()
            let id = try #require(try await client.createMeeting([:], token: token)["id"]?.intValue)
            #expect(try await client.api(.DELETE, "/meetings/\(id)", token: token).status == 204)
            clock.advance(by: 7 * 86_400 + 1)
            let fresh = try await client.token()
            let recover = try await client.api(
                .PUT, "/meetings/\(id)/status", token: fresh, json: ["action": "recover"])
            #expect(recover.status == 404)
            #expect(recover.code == 3001)
        }
    }

    @Test func scheduleForAnotherUser() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let meeting = try await client.createMeeting(
                ["schedule_for": "yuki.sato@sandbox.example.com"], token: token)
            #expect(meeting["host_id"] == "Hc5CWq5YRHuNwW1GzBLPxg")
            #expect(meeting["assistant_id"] == "KDcuGIm1QgePTO8WbOqwIQ")
            let unknown = try await client.api(
                .POST, "/users/me/meetings", token: token, json: ["schedule_for": "nobody@example.com"])
            #expect(unknown.status == 400)
            #expect(unknown.code == 300)
        }
    }
}
