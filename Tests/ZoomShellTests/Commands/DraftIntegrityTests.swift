import Foundation
import Testing

@testable import ZoomShell

/// A refused command leaves the draft as it was; no field is dropped silently; list values.
struct DraftIntegrityTests {
    @Test(arguments: [
        "set recurrence weekly on mon times 61", "set recurrence daily every 100", "set recurrence monthly day 32",
        "set recurrence weekly times 3", "set recurrence weekly every 51 on mon",
    ])
    func aRefusedRecurrenceChangesNothing(line: String) async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set topic x\n\(line)")
        #expect(run.code == .commandFailed)
        #expect(await shell.value("draft") == ["topic": "x"], "\(line)")
    }

    @Test func weeklyWithoutDaysIsRefusedWithTheFormToUse() async throws {
        let run = await TestShell.offline().run("set recurrence weekly times 3")
        #expect(run.stderr.contains("weekly needs its days: 'weekly on mon,wed times 3'"), "\(run.stderr)")
    }

    @Test func aRefusedUnsetRemovesNothing() async throws {
        let shell = TestShell.offline()
        // From a variable, the unknown name is found when the line runs, after `topic`.
        let run = await shell.run("set topic x\nlet other = foo\nunset topic $other")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("unknown field 'foo'"))
        #expect(await shell.value("draft") == ["topic": "x"])
    }

    @Test func anUpdateOnlyFieldIsRefusedByCreateNotDropped() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run(
            "on-error continue\nset topic x\nset settings.enforce_login on\nshow --json\nvalidate\ncreate")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("warning: settings.enforce_login only applies to update"), "set warns")
        #expect(run.documents.first == ["topic": "x"], "show --json stays the create body")
        #expect(
            run.stderr.contains("not valid for create (1 problem):\n  settings.enforce_login: only applies to update"))
        #expect(run.stderr.contains("not sent"))
        #expect(zoom.apiRequests.isEmpty)
        let update = await zoom.shell().run("set settings.enforce_login on\nupdate 85746065432")
        #expect(update.code == .success, "\(update.stderr)")
        #expect(zoom.apiRequests.first { $0.method == "PATCH" }?.json == ["settings": ["enforce_login": true]])
    }

    @Test func aCreateOnlyFieldIsRefusedByUpdateNotDropped() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("set topic x\nset default_password on\nupdate 85746065432")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("default_password: only applies to create"), "\(run.stderr)")
        #expect(!zoom.apiRequests.contains { $0.method == "PATCH" })
    }

    @Test func createOnlyValuesALoadCopiedDoNotStopAnUpdate() async throws {
        let zoom = FakeZoom { request in
            guard request.method == "GET", request.path == "/v2/meetings/85746065432" else { return nil }
            return .json(200, FakeZoom.meeting(id: 85_746_065_432, extra: ["settings": ["show_join_info": true]]))
        }
        let run = await zoom.shell().run("load 85746065432\nset duration 90\nupdate 85746065432")
        #expect(run.code == .success, "\(run.stderr)")
        let patch = try #require(zoom.apiRequests.first { $0.method == "PATCH" })
        #expect(patch.json?["settings"]?["show_join_info"] == nil)
        #expect(patch.json?["duration"] == 90)
    }

    @Test func listValuesSplitOnBlanksAndCommas() async throws {
        let shell = TestShell.offline()
        for typed in ["US DE", "US,DE", "US, DE", "'[US,DE]'", #"'["US","DE"]'"#] {
            let run = await shell.run("set settings.global_dial_in_countries \(typed)\nprint $draft.settings")
            #expect(run.lastDocument == ["global_dial_in_countries": ["US", "DE"]], "\(typed): \(run.stderr)")
        }
    }

    @Test func jsonExamplesFitTheField() async throws {
        let run = await TestShell.offline().run("let bad = x\nset tracking_fields $bad")
        #expect(run.stderr.contains(#"e.g. '[{"field":"FIELD","value":"VALUE"}]'"#), "\(run.stderr)")
        let invitees = await TestShell.offline().run("let bad = x\nset settings.meeting_invitees $bad")
        #expect(invitees.stderr.contains(#"[{"email":"a@example.com"}]"#), "\(invitees.stderr)")
    }
}
