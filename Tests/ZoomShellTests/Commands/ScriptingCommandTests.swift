import Foundation
import Testing

@testable import ZoomShell

/// `let`, `echo`, `print`, `assert`, `on-error`, `sleep`, `exit`.
struct ScriptingCommandTests {
    @Test func letKeepsJSONFromALoneReferenceAndTextOtherwise() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            get 85746065432
            let meeting = $last
            let settings = $last.settings
            let id = $last.id
            let label = "meeting $last.id"
            let words = a b   c
            print $meeting.topic
            print $settings
            print $id
            print $label
            print $words
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(await shell.value("meeting")?["topic"] == "Fake meeting")
        #expect(await shell.value("settings") == ["audio": "both", "waiting_room": false])
        #expect(await shell.value("id") == 85_746_065_432, "a lone reference keeps the number")
        #expect(await shell.value("label") == "meeting 85746065432")
        #expect(await shell.value("words") == "a b c")
        #expect(
            run.documents.suffix(5) == [
                "Fake meeting", ["audio": "both", "waiting_room": false], 85_746_065_432,
                "meeting 85746065432", "a b c",
            ])
    }

    @Test(arguments: ["status", "last", "draft", "host", "output", "profile"])
    func letRefusesTheShellsOwnVariables(name: String) async throws {
        let run = await TestShell.offline().run("let \(name) = 3")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("'$\(name)' is set by the shell"), "\(run.stderr)")
    }

    @Test func echoJoinsWordsAndExpandsVariablesInDoubleQuotesOnly() async throws {
        let shell = TestShell.offline { $0.outputMode = .plain }
        let run = await shell.run(
            """
            let name = Ada
            echo hello   $name "dear $name" 'not $name' "tab\\tend" "\\$name"
            echo
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.stdout == "hello Ada dear Ada not $name tab\tend $name\n\n")
    }

    @Test func printShowsJSONWithItsShapeAndScalarsBare() async throws {
        let shell = TestShell.offline { $0.outputMode = .table }
        let run = await shell.run(
            """
            set topic "A B"
            set settings.audio voip
            let d = $draft
            print $d.settings
            print $d.topic
            print $status
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.stdout == "{\n  \"audio\": \"voip\"\n}\nA B\n0\n")
    }

    @Test func lastFieldPathsReachIntoArraysAndObjects() async throws {
        let zoom = FakeZoom { request in
            guard request.path == "/v2/meetings/5" else { return nil }
            return .json(
                200,
                FakeZoom.meeting(
                    id: 5,
                    extra: [
                        "occurrences": [
                            ["occurrence_id": "111", "start_time": "2026-03-09T15:00:00Z"],
                            ["occurrence_id": "222", "start_time": "2026-03-16T14:00:00Z"],
                        ]
                    ]))
        }
        let shell = zoom.shell()
        let run = await shell.run(
            "get 5\nprint $last.occurrences.1.occurrence_id\nprint ${last.settings.audio}\necho \"${last.id}th\"")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(Array(run.documents.suffix(3)) == ["222", "both", "5th"])
        let missing = await shell.run("print $last.occurrences.7")
        #expect(missing.code == .commandFailed)
        #expect(missing.stderr.contains("index"), "\(missing.stderr)")
        let unknown = await shell.run("print $nope")
        #expect(unknown.code == .commandFailed)
        #expect(unknown.stderr.contains("nope"))
    }

    @Test(arguments: [
        ("assert 45 == 45", true), ("assert abc != abd", true),
        ("assert \"Weekly sync\" contains sync", true), ("assert 1 == 2", false), ("assert a != a", false),
        ("assert abc contains z", false),
    ])
    func assertComparesValues(line: String, holds: Bool) async throws {
        let run = await TestShell.offline().run(line)
        #expect(run.code == (holds ? .success : .commandFailed), "\(line): \(run.stderr)")
        #expect(run.stdout == "", "assert prints nothing")
        if !holds { #expect(run.stderr.contains("assertion failed")) }
    }

    @Test func assertComparesJSONFromVariables() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            get 85746065432
            assert $last.duration == 30
            assert $last.settings.waiting_room == false
            assert $last.settings contains audio
            assert $last.join_url contains zoom.us/j/
            assert $last.agenda == ""
            let items = $last
            assert $last.topic != "Other"
            """)
        #expect(run.code == .success, "\(run.stderr)")
        let failing = await shell.run("assert $last.duration == 45")
        #expect(failing.code == .commandFailed)
        #expect(
            failing.stderr.contains("assertion failed: $last.duration == 45 (left is 30, right is \"45\")"),
            "\(failing.stderr)")
    }

    @Test func onErrorStopEndsTheScriptAtTheFirstFailure() async throws {
        let run = await TestShell.offline().run("echo one\nassert 1 == 2\necho two")
        #expect(run.code == .scriptStopped)
        #expect(run.documents == ["one"])
        #expect(
            run.stderr
                == "test.zsh:2: error: assertion failed: 1 == 2 (left is \"1\", right is \"2\")\n"
                + "  (in: assert 1 == 2)\n"
        )
    }

    @Test func onErrorContinueRunsEverythingAndExitsOne() async throws {
        let run = await TestShell.offline().run(
            """
            on-error continue
            echo one
            assert 1 == 2
            echo "status $status"
            assert 1 == 1
            echo "status $status"
            """
        )
        #expect(run.code == .commandFailed)
        #expect(run.documents == ["one", "status 1", "status 0"])
        #expect(run.stderr == "test.zsh:3: error: assertion failed: 1 == 2 (left is \"1\", right is \"2\")\n")
    }

    @Test func continueOnErrorCanBeConfiguredAndSwitchedBack() async throws {
        let shell = TestShell.offline { $0.continueOnError = true }
        var run = await shell.run("assert 1 == 2\necho reached")
        #expect(run.code == .commandFailed)
        #expect(run.documents == ["reached"])
        run = await shell.run("on-error stop\nassert 1 == 2\necho reached")
        #expect(run.code == .scriptStopped)
        #expect(run.documents == [])
    }

    @Test func sleepWaitsThroughTheInjectedClock() async throws {
        let shell = TestShell.offline()
        let run = await shell.run("sleep 2s\nsleep 500ms\nsleep 1m")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(shell.sleeps.durations == [.seconds(2), .milliseconds(500), .seconds(60)])
        let bad = await shell.run("sleep forever")
        #expect(bad.code == .commandFailed)
    }

    @Test func exitEndsTheScriptWithItsCode() async throws {
        let shell = TestShell.offline()
        var run = await shell.run("echo a\nexit 7\necho b")
        #expect(run.code == ExitCode(7))
        #expect(run.documents == ["a"])
        run = await shell.run("exit")
        #expect(run.code == .success, "exit without a number uses $status")
        run = await shell.run("on-error continue\nassert 1 == 2\nexit")
        #expect(run.code == .commandFailed)
        run = await shell.run("exit 256")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("0 to 255"))
        run = await shell.run("quit\necho never")
        #expect(run.code == .success)
        #expect(run.documents.isEmpty)
    }

    @Test func assertComparesBareNumbersAsNumbers() async throws {
        let shell = TestShell.offline()
        #expect(await shell.run("assert 45 == 45.0").code == .success)
        #expect(await shell.run("assert 1e3 == 1000").code == .success)
        #expect(await shell.run("assert 45 != 46").code == .success)
        #expect(await shell.run("assert abc contains 5").code == .commandFailed)
        #expect(await shell.run("assert a5b contains 5").code == .success, "contains stays textual")
        #expect(await shell.run("assert '45' != '45.0'").code == .success, "quoted words are text")
        #expect(await shell.run("assert 007 == 7").code == .success)
        #expect(await shell.run("assert x45 == 45").code == .commandFailed)
    }

    @Test func quitInAScriptReportsFailuresLikeTheEndOfTheScript() async throws {
        let shell = TestShell.offline()
        var run = await shell.run("on-error continue\nassert 1 == 2\necho after\nquit\necho never")
        #expect(run.code == .commandFailed, "a failure under on-error continue is not hidden by quit")
        #expect(run.documents == ["after"])
        run = await shell.run("echo fresh\nquit")
        #expect(run.code == .success, "each script counts its own failures")
        let line = await shell.line("assert 1 == 2")
        #expect(line.outcome == .failed)
        #expect(await shell.line("quit").outcome == .exit(.success), "at the prompt quit always exits 0")
    }
}

/// Small things found while writing the corpus and the docs.
struct RegressionTests {
    @Test func anUnsetBuiltinIsNotSuggestedAsItself() async throws {
        let run = await TestShell.offline().run("print $last")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.hasPrefix("test.zsh:1: error: unset variable '$last'\n"), "\(run.stderr)")
        let typo = await TestShell.offline().run("let name = Ada\nprint $nmae")
        #expect(typo.stderr.contains("did you mean '$name'?"))
    }

    @Test func anInvitationPrintsWithNewlinesOnly() async throws {
        let zoom = FakeZoom { request in
            request.path.hasSuffix("/invitation") ? .json(200, ["invitation": "Line one\r\nLine two\r\n"]) : nil
        }
        let run = await zoom.shell { $0.outputMode = .plain }.run("invite 85746065432")
        #expect(run.stdout == "Line one\nLine two\n")
        let json = await zoom.shell().run("invite 85746065432")
        #expect(json.lastDocument?["invitation"] == "Line one\r\nLine two\r\n", "the JSON keeps Zoom's text")
    }

    @Test func helpWithAnEmptyTopicShowsTheOverview() async throws {
        let run = await TestShell.offline().run("help \"\"")
        #expect(run.code == .success)
        #expect(run.lastDocument?.arrayValue?.count == CommandRegistry.commands.count)
    }
}
