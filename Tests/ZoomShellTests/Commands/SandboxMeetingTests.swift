import Foundation
import Testing
import ZoomModels
import ZoomSandbox

@testable import ZoomShell

/// The Zoom commands against the sandbox started in-process.
struct SandboxMeetingTests {
    /// A script that creates `count` meetings named `Meeting 1`…, a day apart.
    static func creations(_ count: Int) -> String {
        (1...count).map { index in
            let day = String(format: "2026-04-%02d", (index - 1) % 28 + 1)
            return "set topic \"Meeting \(index)\"\nset start \(day) 09:00\ncreate"
        }.joined(separator: "\n")
    }

    @Test func listShowsOnePageAndListAllFollowsEveryPage() async throws {
        try await TestSandbox.with { sandbox, configuration in
            let shell = TestShell(configuration)
            let made = await shell.run(Self.creations(35))
            #expect(made.code == .success, "\(made.stderr)")
            #expect(await sandbox.meetingCount() == 35)

            let page = await shell.run("output table\nlist")
            #expect(page.code == .success, "\(page.stderr)")
            #expect(page.stdout.contains("30 meetings of 35 (more: list --all, or --limit N)"), "\(page.stdout)")

            let all = await shell.run("output json\nlist --all")
            let items = try #require(all.lastDocument?.arrayValue)
            #expect(items.count == 35)
            #expect(Set(items.compactMap { $0["topic"]?.stringValue }).count == 35)

            let limited = await shell.run("list --limit 32")
            #expect(limited.lastDocument?.arrayValue?.count == 32)
            let curl = await shell.run("curl")
            #expect(curl.lastDocument?.stringValue?.contains("page_size=32") == true)
        }
    }

    @Test func listAllCrossesPagesOfTheMaximumSize() async throws {
        try await TestSandbox.with { sandbox, configuration in
            let shell = TestShell(configuration)
            let made = await shell.run(Self.creations(305))
            #expect(made.code == .success, "\(made.stderr)")
            let all = await shell.run("list --all\nlet first = $last.0.topic\ncurl")
            #expect(all.code == .success, "\(all.stderr)")
            #expect(all.documents[0]?.arrayValue?.count == 305)
            // The last request was the second page, asked for with the first page's token.
            let curl = try #require(all.lastDocument?.stringValue)
            #expect(curl.contains("page_size=300"))
            #expect(curl.contains("next_page_token="), "\(curl)")
        }
    }

    @Test func loadCopiesAMeetingIntoTheDraftAndUpdateChangesOnlyWhatWasSet() async throws {
        try await TestSandbox.with { sandbox, configuration in
            let shell = TestShell(configuration)
            let created = await shell.run(
                """
                set topic "Design review"
                set tz Europe/Madrid
                set start 2026-03-10 16:00
                set duration 50
                set agenda "First agenda"
                set settings.waiting_room on
                create
                let id = $last.id
                """)
            #expect(created.code == .success, "\(created.stderr)")
            let id = try #require(await shell.value("id")?.intValue)

            let loaded = await shell.run("reset\nload $id\nshow --json")
            #expect(loaded.code == .success, "\(loaded.stderr)")
            let body = try #require(loaded.lastDocument)
            #expect(body["topic"] == "Design review")
            #expect(body["duration"] == 50)
            #expect(body["timezone"] == "Europe/Madrid")
            #expect(body["settings"]?["waiting_room"] == true)
            #expect(body["id"] == nil && body["uuid"] == nil && body["join_url"] == nil, "read-only fields stay out")

            let updated = await shell.run("reset\nset topic \"Design review (moved)\"\nupdate $id\ncurl")
            #expect(updated.code == .success, "\(updated.stderr)")
            let curl = try #require(updated.lastDocument?.stringValue)
            #expect(curl.contains(#"--data-raw '{"topic":"Design review (moved)"}'"#), "\(curl)")
            let stored = try #require(await sandbox.snapshot().meeting(id))
            #expect(stored["topic"] == "Design review (moved)")
            #expect(stored["agenda"] == "First agenda", "fields not in the draft are untouched")
            #expect(stored["start_time"] == "2026-03-10T15:00:00Z")
            #expect(stored["settings"]?["waiting_room"] == true)
            #expect(updated.documents[0]?["topic"] == "Design review (moved)", "update shows the meeting read back")
        }
    }

    @Test func loadThenUpdateSendsTheLoadedFieldsBack() async throws {
        try await TestSandbox.with { sandbox, configuration in
            let shell = TestShell(configuration)
            _ = await shell.run(
                "set topic Original\nset start 2026-03-11 10:00\nset duration 30\ncreate\nlet id = $last.id")
            let run = await shell.run("load $id\nset duration 90\nupdate $id\nassert $last.duration == 90")
            #expect(run.code == .success, "\(run.stderr)")
            let id = try #require(await shell.value("id")?.intValue)
            let stored = try #require(await sandbox.snapshot().meeting(id))
            #expect(stored["duration"] == 90)
            #expect(stored["topic"] == "Original")
            #expect(stored["start_time"] == "2026-03-11T14:00:00Z", "10:00 in New York (EDT) is 14:00 UTC")
        }
    }

    @Test func recurringMeetingOccurrencesCanBeDeletedOneByOne() async throws {
        try await TestSandbox.with { sandbox, configuration in
            let shell = TestShell(configuration)
            let run = await shell.run(
                """
                set topic Standup
                set start next monday 09:00
                set duration 15
                set recurrence daily times 3
                create
                let id = $last.id
                let second = $last.occurrences.1.occurrence_id
                delete $id --occurrence $second
                get $id
                """)
            #expect(run.code == .success, "\(run.stderr)")
            let occurrences = try #require(run.lastDocument?["occurrences"]?.arrayValue)
            let deletedID = try #require(await shell.value("second"))
            #expect(occurrences.count == 3)
            for occurrence in occurrences {
                let expected: JSONValue = occurrence["occurrence_id"] == deletedID ? "deleted" : "available"
                #expect(occurrence["status"] == expected)
            }
            let whole = await shell.run("delete $id\nget $id")
            #expect(whole.code == .commandFailed)
            #expect(whole.stderr.contains("Zoom 404 (code 3001)"))
            #expect(await sandbox.meetingCount() == 0)
        }
    }

    @Test func whoamiTeachesTheShellTheUsersTimeZone() async throws {
        try await TestSandbox.with { sandbox, configuration in
            var configuration = configuration
            configuration.localTimeZone = FixedTime.utc
            let shell = TestShell(configuration)
            let run = await shell.run("whoami\nset start 2026-03-10 09:00\nshow --json")
            #expect(run.code == .success, "\(run.stderr)")
            #expect(run.documents[0]?["email"] == "nora.ames@sandbox.example.com")
            #expect(run.lastDocument?["timezone"] == "America/New_York", "the Zoom user's zone beats the system's")
        }
    }

    @Test func aSandboxFaultFailsTheCommandAndKeepsTheDraft() async throws {
        var sandboxConfiguration = TestSandbox.configuration()
        sandboxConfiguration.dailyMeetingLimit = 1
        try await TestSandbox.with(sandboxConfiguration) { sandbox, configuration in
            let shell = TestShell(configuration)
            let run = await shell.run("set topic One\ncreate\nset topic Two\ncreate\necho never")
            #expect(run.code == .scriptStopped)
            #expect(run.stderr.contains("test.zsh:4: error: Zoom 429"), "\(run.stderr)")
            #expect(await shell.value("draft") == ["topic": "Two"])
            #expect(await shell.value("status") == 1)
        }
    }
}
