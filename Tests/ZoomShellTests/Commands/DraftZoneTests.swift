import Foundation
import Synchronization
import Testing
import ZoomModels

@testable import ZoomShell

/// The meeting's zone: the Zoom user's zone in dry-run too, a zone that stays put, `until`
/// days and wall times that follow the zone, updates in the meeting's own zone.
struct DraftZoneTests {
    @Test func dryRunReadsTheUsersZoneSoItShowsTheBodyARealRunSends() async throws {
        let zoom = FakeZoom()  // the Zoom user is in Madrid, the system in New York
        let run = await zoom.shell().run("set topic a\nset start 2026-12-01 10:00\ncreate --dry-run")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.lastDocument?["body"]?["timezone"] == "Europe/Madrid")
        #expect(zoom.apiRequests.map(\.method) == ["GET"], "a read only: nothing is created")
        #expect(zoom.apiRequests.first?.path == "/v2/users/me")
    }

    @Test func withoutTheUsersZoneTheSystemsIsUsedAndSaidOnce() async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set start 2026-12-01 10:00\nset start 2026-12-02 10:00\ncreate --dry-run")
        #expect(run.code == .success)
        #expect(run.lastDocument?["body"]?["timezone"] == "America/New_York")
        let notes = run.stderr.split(separator: "\n")
        #expect(notes.count == 1, "\(run.stderr)")
        #expect(notes.first?.contains("system's zone, America/New_York") == true)
    }

    @Test func theZoneOfADraftDoesNotMoveWhenTheUsersBecomesKnown() async throws {
        // The first look-up fails; `whoami` later learns Madrid: the draft stays in New York.
        let userReads = Mutex(0)
        let zoom = FakeZoom { request in
            guard request.path == "/v2/users/me" else { return nil }
            let count = userReads.withLock {
                $0 += 1
                return $0
            }
            return count == 1 ? .json(404, #"{"code":1001,"message":"User does not exist: me."}"#) : nil
        }
        let run = await zoom.shell().run(
            "set topic a\nset start 2026-12-01 10:00\nshow --json\nwhoami\nshow --json\ncreate --dry-run")
        #expect(run.code == .success, "\(run.stderr)")
        let bodies = run.documents.compactMap { $0 }.filter { $0["topic"] != nil }
        #expect(bodies.count == 2)
        #expect(bodies.allSatisfy { $0["timezone"] == "America/New_York" })
        #expect(run.lastDocument?["body"]?["timezone"] == "America/New_York")
        #expect(run.stderr.contains("could not be read"))
    }

    @Test func untilIsADayWhoseEndFollowsTheMeetingsZone() async throws {
        let shell = TestShell.offline()
        let later = await shell.run(
            """
            set tz America/New_York
            set start 2027-01-18 10:00
            set recurrence weekly on mon until 2027-01-31
            set tz Asia/Tokyo
            occurrences
            """)
        #expect(later.lastDocument?.arrayValue?.count == 2, "\(later.stdout)")
        #expect(await shell.value("draft", "recurrence", "end_date_time") == "2027-01-31T14:59:59Z")
        let first = await TestShell.offline().run(
            """
            set tz Asia/Tokyo
            set start 2027-01-18 10:00
            set recurrence weekly on mon until 2027-01-31
            occurrences
            """)
        #expect(first.lastDocument == later.lastDocument, "the order of set does not matter")
    }

    @Test func bothUntilFormsReadTheDayInTheSameZone() async throws {
        let zoom = FakeZoom()  // the Zoom user is in Madrid, the system in New York
        let run = await zoom.shell().run(
            """
            set recurrence weekly on mon until 2027-01-31
            print $draft.recurrence.end_date_time
            reset
            set until 2027-01-31
            print $draft.recurrence.end_date_time
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents.compactMap { $0 } == ["2027-01-31T22:59:59Z", "2027-01-31T22:59:59Z"])
    }

    @Test func unsettingTheEndForgetsTheUntilDay() async throws {
        let shell = TestShell.offline()
        let run = await shell.run(
            "set tz UTC\nset recurrence daily until 2027-01-31\nunset recurrence.end_date_time\nshow --json")
        #expect(run.lastDocument?["recurrence"] == ["type": 1])
    }

    @Test func aStartTheNewZoneSkipsIsRefusedAsSetRefusesIt() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            on-error continue
            set topic x
            set tz Europe/Madrid
            set start 2027-03-14 02:30
            set tz America/New_York
            show --json
            validate
            create
            """)
        let gap = "2027-03-14 02:30 does not exist in America/New_York"
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("warning: start_time: \(gap)"), "set tz and show --json warn")
        #expect(run.stderr.contains("error: the draft is not valid for create (1 problem):\n  start_time: \(gap)"))
        #expect(run.stderr.contains("not sent"))
        #expect(zoom.apiRequests.isEmpty)
        let refused = await TestShell.offline().run("set tz America/New_York\nset start 2027-03-14 02:30")
        #expect(refused.stderr.contains(gap), "the same words as set")
        let table = await TestShell.offline { $0.outputMode = .table }.run(
            "set tz Europe/Madrid\nset start 2027-03-14 02:30\nset tz America/New_York\nshow")
        #expect(table.stdout.contains("start       \(gap)"), "\(table.stdout)")
    }

    @Test func aStartTheNewZoneHasTwiceIsNoted() async throws {
        let run = await TestShell.offline().run(
            "set tz Europe/Madrid\nset start 2027-11-07 01:30\nset tz America/New_York\nvalidate")
        #expect(run.code == .success)
        #expect(run.lastDocument?[0]?["message"]?.stringValue?.contains("happens twice in America/New_York") == true)
    }

    @Test func updateReadsTheMeetingsZoneInDryRunToo() async throws {
        let zoom = FakeZoom()  // meetings are in New York, the Zoom user in Madrid
        let run = await zoom.shell().run("set start 2027-01-05 10:00\nupdate 85746065432 --dry-run")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.lastDocument?["body"] == ["start_time": "2027-01-05T10:00:00", "timezone": "America/New_York"])
        #expect(zoom.apiRequests.allSatisfy { $0.method == "GET" })
        #expect(zoom.apiRequests.contains { $0.path == "/v2/meetings/85746065432" })
    }

    @Test func anExplicitZoneIsSentAsChosen() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("set tz Asia/Tokyo\nset start 2027-01-05 10:00\nupdate 85746065432 --dry-run")
        #expect(run.lastDocument?["body"]?["timezone"] == "Asia/Tokyo")
        #expect(!zoom.apiRequests.contains { $0.path == "/v2/meetings/85746065432" }, "nothing to read")
    }

    @Test func theLocalColumnIsLeftOutWhenItReadsAsUTC() async throws {
        let shell = TestShell.offline {
            $0.outputMode = .table
            $0.localTimeZone = TimeZone(identifier: "UTC")!
        }
        let run = await shell.run(
            "set tz America/New_York\nset start 2026-12-01 10:00\nset recurrence daily times 2\noccurrences")
        #expect(run.stdout.contains("start (America/New_York)"))
        #expect(!run.stdout.contains("local"), "\(run.stdout)")
        let create = await shell.run("set tz UTC\ncreate --dry-run")
        #expect(create.stdout.contains(#""timezone": "UTC""#))
    }

    @Test func theSystemZoneIsSentAsUTCNotGMT() async throws {
        let shell = TestShell.offline { $0.localTimeZone = TimeZone(identifier: "UTC")! }
        let run = await shell.run("set start 2026-12-01 10:00\nshow --json")
        #expect(run.lastDocument?["timezone"] == "UTC")
    }
}
