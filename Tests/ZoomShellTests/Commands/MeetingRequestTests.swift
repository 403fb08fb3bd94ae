import Foundation
import Testing
import ZoomModels

@testable import ZoomShell

/// The requests the Zoom commands send, checked exactly against an in-memory Zoom.
struct MeetingRequestTests {
    @Test func createSendsExactlyWhatShowJsonPrints() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            set topic "Team sync"
            set start next monday 10:00
            set duration 45
            set settings.waiting_room on
            show --json
            create
            """)
        #expect(run.code == .success, "\(run.stderr)")
        let shown = try #require(run.documents[0])
        let request = try #require(zoom.apiRequests.last)
        #expect(request.method == "POST")
        #expect(request.path == "/v2/users/me/meetings")
        #expect(request.json == shown)
        // No zone in the draft or a profile: the start is in the Zoom user's zone (GET /users/me).
        #expect(
            shown == [
                "topic": "Team sync", "start_time": "2026-03-09T10:00:00", "duration": 45,
                "settings": ["waiting_room": true], "timezone": "Europe/Madrid",
            ])
        #expect(zoom.apiRequests.map(\.method) == ["GET", "POST"], "one look-up of the user's zone, then the create")
        #expect(request.headers["Authorization"] == "Bearer \(FakeZoom.accessToken)")
        #expect(request.headers["Content-Type"] == "application/json")
        // The result is the meeting Zoom answered with, and it is $last.
        #expect(run.lastDocument?["id"] == .int(FakeZoom.createdID))
        #expect(await shell.value("last", "id") == .int(FakeZoom.createdID))
    }

    @Test func createForAnotherHostUsesTheirPath() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("set topic x\ncreate --host ada@example.com")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.apiRequests.last?.path == "/v2/users/ada@example.com/meetings")
    }

    @Test func anInvalidDraftIsNotSentAndIsKept() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            on-error continue
            set topic Kept
            set type scheduled
            set recurrence daily times 2
            create
            print $status
            show --json
            """)
        #expect(run.code == .commandFailed)
        #expect(zoom.requests.isEmpty, "nothing was sent, not even a token request")
        #expect(run.stderr.contains("not sent: the draft has 1 problem"), "\(run.stderr)")
        #expect(run.stderr.contains("the draft is kept"))
        #expect(run.documents[0] == 1, "$status is 1 after the failure")
        #expect(run.lastDocument?["topic"] == "Kept")
        #expect(run.lastDocument?["recurrence"] == ["type": 1, "end_times": 2])
    }

    @Test func createDryRunSendsNothingAndPrintsMethodURLAndBody() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell { $0.outputMode = .table }
        let run = await shell.run("set topic Dry\nset duration 20\ncreate --dry-run")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.requests.isEmpty)
        #expect(run.stdout.contains("dry-run: nothing was sent"))
        #expect(run.stdout.contains("POST https://api.zoom.us/v2/users/me/meetings"))
        #expect(run.stdout.contains("\"topic\": \"Dry\""))
        #expect(run.stdout.contains("Authorization: Bearer $ZOOM_TOKEN"))
        #expect(!run.stdout.contains(FakeZoom.accessToken))
    }

    @Test func dryRunOnSendsNothingForAnyCommandUntilOff() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            dry-run on
            set topic x
            create
            get 85746065432
            update 85746065432
            delete 85746065432 --occurrence 1773046800000
            end 85746065432
            list upcoming --limit 5
            api GET /users/me
            dry-run off
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.requests.isEmpty)
        let methods = run.documents.compactMap { $0?["method"]?.stringValue }
        #expect(methods == ["POST", "GET", "PATCH", "DELETE", "PUT", "GET", "GET"])
        let urls = run.documents.compactMap { $0?["url"]?.stringValue }
        #expect(urls[3] == "https://api.zoom.us/v2/meetings/85746065432?occurrence_id=1773046800000")
        #expect(urls[5].contains("type=upcoming") && urls[5].contains("page_size=5"))
        #expect(run.documents.allSatisfy { $0?["dry_run"] == true })
        #expect(run.documents[0]?["body"] == ["topic": "x"])
        #expect(await shell.value("last") == nil, "a dry run does not set $last")
        _ = await shell.run("create")
        #expect(zoom.apiRequests.count == 1, "after dry-run off, requests are sent")
    }

    @Test func updatePatchesOnlyTheFieldsSetInTheDraft() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run("set agenda \"New agenda\"\nset settings.mute_upon_entry on\nupdate 85746065432")
        #expect(run.code == .success, "\(run.stderr)")
        let patch = try #require(zoom.apiRequests.first { $0.method == "PATCH" })
        #expect(patch.path == "/v2/meetings/85746065432")
        #expect(patch.json == ["agenda": "New agenda", "settings": ["mute_upon_entry": true]])
        // The meeting is read back to show the result.
        #expect(zoom.apiRequests.map(\.method) == ["PATCH", "GET"])
        #expect(run.lastDocument?["id"] == 85_746_065_432)
    }

    @Test func updateOfALocalStartSendsTheMeetingsOwnTimeZone() async throws {
        let zoom = FakeZoom()
        // The Zoom user is in Madrid, the meeting in New York: the start stays in New York.
        let run = await zoom.shell().run("set start 2026-03-10 08:00\nupdate 85746065432 --occurrence 1773046800000")
        #expect(run.code == .success, "\(run.stderr)")
        let patch = try #require(zoom.apiRequests.first { $0.method == "PATCH" })
        #expect(patch.json == ["start_time": "2026-03-10T08:00:00", "timezone": "America/New_York"])
        #expect(patch.queryItems["occurrence_id"] == "1773046800000")
        let reads = zoom.apiRequests.prefix { $0.method == "GET" }.map(\.path)
        #expect(reads.contains("/v2/meetings/85746065432"), "the meeting's zone is read before the PATCH")
    }

    @Test func updateWithAnEmptyDraftIsAUsageError() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("update 85746065432")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("nothing to update"))
        #expect(zoom.requests.isEmpty)
    }

    @Test func getListDeleteEndInviteSendTheirRequests() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run(
            """
            get 85746065432 --occurrence 1773046800000 --previous
            list scheduled --from 2026-03-01 --to +7d
            delete 85746065432 --notify --notify-registrants
            end 85746065432
            invite "857 4606 5432"
            """)
        #expect(run.code == .success, "\(run.stderr)")
        let requests = zoom.apiRequests
        // Days for --from/--to are the Zoom user's (read once), and Zoom is told their zone.
        #expect(requests.map(\.method) == ["GET", "GET", "GET", "DELETE", "PUT", "GET"])
        #expect(requests[0].queryItems == ["occurrence_id": "1773046800000", "show_previous_occurrences": "true"])
        #expect(requests[1].path == "/v2/users/me")
        #expect(requests[2].path == "/v2/users/me/meetings")
        #expect(
            requests[2].queryItems == [
                "type": "scheduled", "from": "2026-03-01", "to": "2026-03-11", "timezone": "Europe/Madrid",
                "page_size": "30",
            ])
        #expect(requests[3].queryItems == ["schedule_for_reminder": "true", "cancel_meeting_reminder": "true"])
        #expect(requests[4].path == "/v2/meetings/85746065432/status")
        #expect(requests[4].json == ["action": "end"])
        #expect(requests[5].path == "/v2/meetings/85746065432/invitation")
        #expect(run.documents[2] == ["deleted": true, "id": 85_746_065_432])
        #expect(run.documents[3] == ["ended": true, "id": 85_746_065_432])
        #expect(run.lastDocument?["invitation"] == "You are invited to meeting 85746065432.")
    }

    @Test func aMeetingIDMustBeDigits() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("get abc")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("'abc' is not a meeting id"))
        for word in ["-5", "+5", "5x", "0"] {
            let signed = await zoom.shell().run("get \(word)")
            #expect(signed.code == .commandFailed && signed.stderr.contains("'\(word)' is not a meeting id"), "\(word)")
        }
        #expect(zoom.requests.isEmpty)
        let grouped = await zoom.shell().run("get '857 4606 5432'\nget 857-4606-5432")
        #expect(grouped.code == .success, "\(grouped.stderr)")
        #expect(zoom.apiRequests.map(\.path) == ["/v2/meetings/85746065432", "/v2/meetings/85746065432"])
    }

    @Test func apiPathsCopiedFromZoomsDocsLoseTheirV2() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("api GET /v2/users/me\napi GET /users/me")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.apiRequests.map(\.path) == ["/v2/users/me", "/v2/users/me"])
    }

    @Test func apiSendsAnyRequestWithQueryAndBody() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run(
            """
            api PATCH /meetings/85746065432 '{"topic":"Renamed"}'
            api GET /users/me/meetings --query type=live --query page_size=2
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.apiRequests[0].json == ["topic": "Renamed"])
        #expect(zoom.apiRequests[1].queryItems == ["type": "live", "page_size": "2"])
        #expect(run.documents[0] == ["status": 204], "a body-less answer prints its status")
        let bad = await zoom.shell().run("api POST /x '{not json'")
        #expect(bad.code == .commandFailed)
        #expect(bad.stderr.contains("not JSON"))
    }

    @Test func zoomErrorsSetStatusKeepTheDraftAndLast() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            on-error continue
            set topic Kept
            get 85746065432
            let before = $last.id
            get 404
            print $status
            print $last.id
            show --json
            get 85746065432
            print $status
            """)
        #expect(run.code == .commandFailed, "a failure under on-error continue makes the script exit 1")
        #expect(run.stderr.contains("test.zsh:5: error: Zoom 404 (code 3001): Meeting does not exist"), "\(run.stderr)")
        let documents = run.documents
        #expect(documents[1] == 1)
        #expect(documents[2] == 85_746_065_432, "$last is the last success")
        #expect(documents[3] == ["topic": "Kept"])
        #expect(documents.last == 0)
    }

    @Test func theTokenIsFetchedOnceAndNeverPrinted() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell { $0.outputMode = .table }
        let run = await shell.run("trace on\nget 1\nget 2\ncurl\nauth")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.requests.filter { $0.url.contains("/oauth/") }.count == 1)
        for text in [run.stdout, run.stderr] {
            #expect(!text.contains(FakeZoom.accessToken))
            #expect(!text.contains(FakeZoom.clientSecret))
        }
        #expect(run.stdout.contains(#"'Authorization: Bearer '"$ZOOM_TOKEN""#))
        #expect(run.stderr.contains("GET https://api.zoom.us/v2/meetings/1"), "trace goes to standard error")
    }
}

/// Commands that read without changing anything honour dry-run too.
struct ReadOnlyDryRunTests {
    @Test func whoamiAndLoadSendNothingInDryRun() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run("dry-run on\nwhoami\nload 85746065432\ncurl")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.requests.isEmpty)
        #expect(run.documents[0]?["url"] == "https://api.zoom.us/v2/users/me")
        #expect(run.documents[1]?["url"] == "https://api.zoom.us/v2/meetings/85746065432")
        #expect(run.lastDocument?.stringValue?.contains("/v2/meetings/85746065432") == true)
    }

    @Test func curlAfterLoadShowsTheLoad() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("whoami\nload 85746065432\ncurl")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.lastDocument?.stringValue?.hasPrefix("curl 'https://api.zoom.us/v2/meetings/85746065432'") == true)
    }
}

/// `--dry-run` on the commands that only read.
struct ReadCommandDryRunOptionTests {
    @Test(arguments: ["get 85746065432", "list upcoming", "invite 85746065432", "whoami", "load 85746065432"])
    func theOptionSendsNothing(line: String) async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("\(line) --dry-run")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.requests.isEmpty)
        #expect(run.lastDocument?["method"] == "GET")
    }
}
