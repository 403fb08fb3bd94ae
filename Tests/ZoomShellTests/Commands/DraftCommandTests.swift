import Foundation
import Testing
import ZoomModels

@testable import ZoomShell

/// `set`, `unset`, `reset`, `show`, `validate`, `occurrences`: the draft, offline.
struct DraftCommandTests {
    @Test func setFieldsBuildTheRequestBodyInTheOrderTyped() async throws {
        let shell = TestShell.offline()
        let run = await shell.run(
            """
            set topic "Weekly sync"
            set duration 1h30m
            set agenda 'Plans & $money'
            set settings.waiting_room on
            set settings.audio voip
            show --json
            """)
        #expect(run.code == .success)
        #expect(run.stderr == "")
        let body = try #require(run.lastDocument)
        #expect(
            body == [
                "topic": "Weekly sync", "duration": 90, "agenda": "Plans & $money",
                "settings": ["waiting_room": true, "audio": "voip"],
            ])
    }

    @Test func aLocalStartIsSentAsWallTimeWithTheDraftsTimeZone() async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set tz Europe/Madrid\nset start 2026-03-09 10:00\nshow --json")
        #expect(run.lastDocument == ["timezone": "Europe/Madrid", "start_time": "2026-03-09T10:00:00"])
    }

    @Test func aLocalStartWithoutAZoneTakesTheLocalZoneAndSaysSo() async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set start tomorrow 09:30\nshow --json")
        // tomorrow of Wednesday 2026-03-04 (fixed clock), in the local zone (New York).
        #expect(run.lastDocument == ["start_time": "2026-03-05T09:30:00", "timezone": "America/New_York"])
        let draft = await shell.value("draft")
        #expect(draft?["timezone"] == nil, "the timezone is added to the body, not to the draft")
    }

    @Test(arguments: [
        ("2026-12-01T10:00Z", "2026-12-01T10:00:00Z"),
        ("2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z"),
        ("2026-12-01 10:00 +05:30", "2026-12-01T04:30:00Z"),
        ("2026-12-01T10:00-05:00", "2026-12-01T15:00:00Z"),
    ])
    func aStartWithAnOffsetIsSentAsUTC(typed: String, sent: String) async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set start \(typed)\nshow --json")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.lastDocument == ["start_time": .string(sent)], "no timezone is added for an instant")
    }

    @Test(arguments: [
        ("next monday 10:00", "2026-03-09T10:00:00"),
        ("today 18:00", "2026-03-04T18:00:00"),
        ("2026-03-10T08:15", "2026-03-10T08:15:00"),
    ])
    func relativeStartsFollowTheInjectedClock(typed: String, sent: String) async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set timezone America/New_York\nset start \(typed)\nshow --json")
        #expect(run.lastDocument?["start_time"] == .string(sent), "\(run.stderr)")
    }

    @Test func showInTableModePrintsTheStartInThreeZones() async throws {
        let shell = TestShell.offline {
            $0.outputMode = .table
            $0.localTimeZone = FixedTime.utc
        }
        let run = await shell.run("set topic Sync\nset tz Asia/Kolkata\nset start 2026-03-09 10:00\nshow")
        #expect(run.code == .success)
        #expect(run.stdout.contains("Draft meeting for me"))
        #expect(run.stdout.contains("topic"))
        #expect(run.stdout.contains("Mon 2026-03-09 10:00"))
        #expect(run.stdout.contains("Asia/Kolkata"))
        #expect(run.stdout.contains("04:30 UTC"))
    }

    @Test func anEmptyDraftShowsAHint() async throws {
        let shell = TestShell.offline { $0.outputMode = .table }
        let run = await shell.run("show")
        #expect(run.stdout.contains("the draft is empty"))
        let json = await TestShell.offline().run("show --json")
        #expect(json.lastDocument == [:])
    }

    @Test func badValuesAreRefusedAtSetWithTheAllowedValues() async throws {
        let shell = TestShell.offline()
        // Written out, the value is refused before the script runs; from a variable, when it runs.
        let run = await shell.run("set settings.audio loud")
        #expect(run.code == .usage)
        for allowed in ["both", "telephony", "voip", "thirdParty"] {
            #expect(run.stderr.contains(allowed), "\(run.stderr)")
        }
        #expect(run.stderr.hasPrefix("test.zsh:1:20: settings.audio: "))
        let late = await shell.run("let loud = loud\nset settings.audio $loud")
        #expect(late.code == .commandFailed)
        #expect(late.stderr.hasPrefix("test.zsh:2: error: settings.audio: "), "\(late.stderr)")
        let duration = await shell.run("set duration soon")
        #expect(duration.code == .commandFailed)
        #expect(duration.stderr.contains("duration"))
        let draft = await shell.value("draft")
        #expect(draft == [:], "nothing bad reached the draft")
    }

    @Test(arguments: [
        ("45", 45), ("45m", 45), ("1h", 60), ("1h30m", 90), ("1h 30m", 90), ("90min", 90), ("1:30", 90),
        ("1.5h", 90), ("2 hours", 120),
    ])
    func durationsTakeEveryFormPeopleType(typed: String, minutes: Int64) async throws {
        let run = await TestShell.offline().run("set duration \(typed)\nshow --json")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.lastDocument == ["duration": .int(minutes)])
    }

    @Test(arguments: ["0", "1441", "1.2m", "1d", "soon"])
    func durationsOutOfRangeOrShapeAreRefused(typed: String) async throws {
        let run = await TestShell.offline().run("set duration \(typed)")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.hasPrefix("test.zsh:1: error: duration: "), "\(run.stderr)")
    }

    @Test func anUnknownFieldSuggestsTheNearestOne() async throws {
        let run = await TestShell.offline().run("set topc Sync")
        #expect(run.code == .usage, "caught before the script runs")
        #expect(run.stderr.contains("unknown field 'topc'"))
        #expect(run.stderr.contains("topic"))
    }

    @Test func unsetAndResetEmptyTheDraft() async throws {
        let shell = TestShell.offline()
        var run = await shell.run(
            """
            set topic A
            set duration 30
            set settings.waiting_room on
            unset duration settings.waiting_room
            show --json
            """
        )
        #expect(run.lastDocument == ["topic": "A"])
        run = await shell.run("reset\nshow --json")
        #expect(run.lastDocument == [:])
        run = await shell.run("unset nonsense")
        #expect(run.code == .usage, "caught before the script runs")
        #expect(run.stderr.contains("unknown field 'nonsense'"))
    }

    @Test func setHostChangesWhoTheMeetingIsCreatedFor() async throws {
        let shell = TestShell.offline()
        let run = await shell.run("set host ada@example.com\nset topic x\ncreate --dry-run\nprint $host")
        #expect(run.code == .success, "\(run.stderr)")
        let dry = try #require(run.documents[0])
        #expect(dry["url"]?.stringValue?.hasSuffix("/users/ada@example.com/meetings") == true)
        #expect(run.lastDocument == "ada@example.com")
    }

    @Test func recurrenceFormsBecomeZoomsRecurrenceObject() async throws {
        let cases: [(String, JSONValue)] = [
            (
                "weekly on mon,wed until 2027-01-31",
                ["type": 2, "weekly_days": "2,4", "end_date_time": "2027-02-01T04:59:59Z"]
            ),
            ("daily every 2 times 10", ["type": 1, "repeat_interval": 2, "end_times": 10]),
            ("monthly day 15 times 3", ["type": 3, "monthly_day": 15, "end_times": 3]),
            ("monthly last fri times 3", ["type": 3, "monthly_week": -1, "monthly_week_day": 6, "end_times": 3]),
        ]
        for (typed, expected) in cases {
            let shell = TestShell.offline()
            let run = await shell.run("set tz America/New_York\nset recurrence \(typed)\nshow --json")
            #expect(run.code == .success, "\(typed): \(run.stderr)")
            #expect(run.lastDocument?["recurrence"] == expected, "\(typed)")
            #expect(run.lastDocument?["type"] == 8, "a recurrence makes the meeting recurring-fixed")
        }
    }

    @Test func validatePassesWithWarningsAndFailsWithEveryProblem() async throws {
        let shell = TestShell.offline()
        var run = await shell.run("set topic x\nset type recurring-fixed\nvalidate")
        #expect(run.code == .success)
        let warnings = try #require(run.lastDocument?.arrayValue)
        #expect(warnings.contains { $0["field"] == "recurrence" && $0["severity"] == "warning" })

        run = await shell.run(
            """
            reset
            set type scheduled
            set recurrence daily times 2
            set settings.allow_host_control_participant_mute_state on
            set settings.request_permission_to_unmute_participants on
            validate
            """)
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("not valid for create (2 problems)"), "\(run.stderr)")
        #expect(run.stderr.contains("recurrence"))
        #expect(run.stderr.contains("allow_host_control_participant_mute_state"))
    }

    @Test func validateWarnsWhenTheStartIsPast() async throws {
        let run = await TestShell.offline().run("set start 2026-03-01 10:00\nvalidate")
        #expect(run.code == .success)
        #expect(run.lastDocument?.arrayValue?.contains { $0["message"]?.stringValue?.contains("past") == true } == true)
    }

    @Test func occurrencesFollowDaylightSavingInTheMeetingsZone() async throws {
        let shell = TestShell.offline()
        let run = await shell.run(
            "set tz Europe/Madrid\nset start next monday 10:00\nset recurrence weekly on mon times 5\noccurrences")
        #expect(run.code == .success, "\(run.stderr)")
        let starts = try #require(run.lastDocument?.arrayValue).compactMap { $0["start_time"]?.stringValue }
        // 10:00 in Madrid is 09:00 UTC until Europe's switch on 2026-03-29, then 08:00 UTC.
        #expect(
            starts == [
                "2026-03-09T09:00:00Z", "2026-03-16T09:00:00Z", "2026-03-23T09:00:00Z", "2026-03-30T08:00:00Z",
                "2026-04-06T08:00:00Z",
            ])
        let two = await shell.run("occurrences 2")
        #expect(two.lastDocument?.arrayValue?.count == 2)
        #expect(await shell.value("last", "1", "start_time") == "2026-03-16T09:00:00Z", "occurrences sets $last")
    }

    @Test func occurrencesNeedARecurrenceAndAStart() async throws {
        let shell = TestShell.offline()
        var run = await shell.run("occurrences")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("no recurrence"))
        run = await shell.run("set recurrence daily times 3\noccurrences")
        #expect(run.stderr.contains("no start"))
        run = await shell.run("occurrences zero")
        #expect(run.stderr.contains("not a count"))
    }
}

/// `validate` checks the body that `create` sends, not the bare draft.
struct ValidateWhatIsSentTests {
    @Test func aLocalStartIsValidatedWithTheTimeZoneThatIsSent() async throws {
        let run = await TestShell.offline().run("set start 2026-03-10 09:00\nvalidate")
        #expect(run.code == .success)
        #expect(run.lastDocument == [], "no 'no timezone' warning: the local zone is sent with the start")
        let update = await TestShell.offline().run("set start 2026-03-10 09:00\nvalidate --update")
        #expect(update.lastDocument == [])
    }
}
