import Foundation
import Testing
import ZoomKit
import ZoomModels

@testable import ZoomShell

/// `output`, `dry-run`, `curl`, `trace`, `history`, `help`, `version`.
struct OutputCommandTests {
    @Test func theThreeOutputModesPrintTheSameResultDifferently() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        let run = await shell.run(
            """
            get 85746065432
            output table
            get 85746065432
            output plain
            get 85746065432
            list
            output
            """)
        #expect(run.code == .success, "\(run.stderr)")
        let writes = run.chunks.filter { $0.stream == .standardOutput }.map(\.text)
        #expect(writes.count == 5)
        #expect((try? JSONValue(parsing: writes[0]))?["id"] == 85_746_065_432)
        #expect(writes[1].hasPrefix("id        85746065432\ntopic     Fake meeting\n"), "\(writes[1])")
        #expect(
            writes[1].contains(
                "start     Mon 2026-03-09 11:00 EDT (UTC-04:00) America/New_York · 2026-03-09 15:00 UTC")
        )
        #expect(writes[2].hasPrefix("id\t85746065432\ntopic\tFake meeting\n"))
        #expect(writes[3] == "81234567890\tFake meeting\tMon 2026-03-09 11:00 EDT (UTC-04:00)\t30m\tscheduled\n")
        #expect(writes[4] == "output plain\n")
        let bad = await shell.run("output yaml")
        #expect(bad.code == .usage, "a choice the parser knows is checked before anything runs")
    }

    @Test func tableModeListsMeetingsInColumns() async throws {
        let run = await FakeZoom().shell { $0.outputMode = .table }.run("list")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(
            run.stdout == """
                id           topic         start                                 duration  type
                -----------  ------------  ------------------------------------  --------  ---------
                81234567890  Fake meeting  Mon 2026-03-09 11:00 EDT (UTC-04:00)  30m       scheduled
                1 meeting

                """)
    }

    @Test func dryRunShowsItsStateAndThePromptSaysSo() async throws {
        let shell = TestShell.offline()
        var run = await shell.run("dry-run")
        #expect(run.lastDocument == false)
        run = await shell.run("dry-run on\ndry-run")
        #expect(run.lastDocument == true)
        #expect(await shell.shell.promptContext.label == "zoomsh[dry-run]")
        _ = await shell.run("dry-run off")
        #expect(await shell.shell.promptContext.label == "zoomsh")
    }

    @Test func curlPrintsTheLastRequestWithTheTokenAsAVariable() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell { $0.outputMode = .plain }
        var run = await shell.run("curl")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("no request was made yet"))
        run = await shell.run("set topic \"It's here\"\ncreate\ncurl")
        #expect(run.code == .success, "\(run.stderr)")
        let curl = try #require(run.chunks.last?.text)
        #expect(
            curl == """
                curl -X 'POST' 'https://api.zoom.us/v2/users/me/meetings' \\
                  -H 'Accept: application/json' \\
                  -H 'Authorization: Bearer '"$ZOOM_TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  -H 'User-Agent: zoomsh/\(ZoomKit.version)' \\
                  --data-raw '{"topic":"It'\\''s here"}'

                """)
        #expect(!curl.contains(FakeZoom.accessToken))
    }

    @Test func curlAfterADryRunShowsTheRequestThatWasNotSent() async throws {
        let shell = TestShell.offline { $0.outputMode = .plain }
        let run = await shell.run("dry-run on\nget 42\ncurl")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.chunks.last?.text.hasPrefix("curl 'https://api.zoom.us/v2/meetings/42'") == true)
    }

    @Test func traceWritesRedactedTrafficToStandardError() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        var run = await shell.run("trace on\nget 85746065432\ntrace")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.stderr.contains("→ POST https://zoom.us/oauth/token"), "\(run.stderr)")
        #expect(run.stderr.contains("→ GET https://api.zoom.us/v2/meetings/85746065432"))
        #expect(run.stderr.contains("← 200 GET https://api.zoom.us/v2/meetings/85746065432"))
        #expect(!run.stderr.contains(FakeZoom.accessToken))
        #expect(run.lastDocument == true)
        run = await shell.run("trace off\nget 85746065432")
        #expect(run.stderr == "")
    }

    @Test func historyListsTheInjectedEntries() async throws {
        let shell = TestShell.offline {
            $0.outputMode = .plain
            $0.historyEntries = { ["set topic a", "show", "create"] }
        }
        var run = await shell.run("history")
        #expect(run.stdout == "    1  set topic a\n    2  show\n    3  create\n")
        run = await shell.run("history 2")
        #expect(run.stdout == "    2  show\n    3  create\n")
        let none = await TestShell.offline().run("history")
        #expect(none.code == .commandFailed)
        #expect(none.stderr.contains("keeps no history"))
    }

    @Test func helpListsEveryCommandByGroup() async throws {
        let run = await TestShell.offline { $0.outputMode = .table }.run("help")
        #expect(run.code == .success)
        for spec in CommandRegistry.commands {
            #expect(run.stdout.contains("  \(spec.name)  ") || run.stdout.contains("  \(spec.name) "), "\(spec.name)")
        }
        for group in CommandRegistry.groups { #expect(run.stdout.contains("\n\(group):\n")) }
        let json = await TestShell.offline().run("help")
        #expect(json.lastDocument?.arrayValue?.count == CommandRegistry.commands.count)
    }

    @Test func helpSetShowsUsageAndExamples() async throws {
        let run = await TestShell.offline { $0.outputMode = .table }.run("help set")
        #expect(run.code == .success)
        #expect(run.stdout.hasPrefix("set — set a field of the meeting draft\n\nusage: set FIELD VALUE…\n"))
        #expect(run.stdout.contains("examples:\n  set topic \"Weekly sync\"\n"))
        let sub = await TestShell.offline { $0.outputMode = .table }.run("help \"auth s2s\"")
        #expect(sub.stdout.contains("usage: auth s2s"), "\(sub.stdout)")
        #expect(sub.stdout.contains("--secret-env VARIABLE"))
        let alias = await TestShell.offline { $0.outputMode = .table }.run("? list")
        #expect(alias.stdout.contains("--all"))
    }

    @Test func helpOfAFieldShowsItsTypeValuesAndDefault() async throws {
        let run = await TestShell.offline().run("help settings.audio")
        #expect(run.code == .success)
        #expect(run.lastDocument?["field"] == "settings.audio")
        let values = try #require(run.lastDocument?["values"]?.arrayValue)
        for value in ["both", "telephony", "voip", "thirdParty"] { #expect(values.contains(.string(value))) }
        let table = await TestShell.offline { $0.outputMode = .table }.run("help settings.audio")
        #expect(table.stdout.contains("default  both"))
        let fields = await TestShell.offline().run("help settings")
        #expect(fields.lastDocument?.arrayValue?.allSatisfy { $0.stringValue?.hasPrefix("settings.") == true } == true)
        let unknown = await TestShell.offline().run("help settings.audi")
        #expect(unknown.code == .commandFailed)
        #expect(unknown.stderr.contains("settings.audio"), "did you mean")
    }

    @Test func helpExplainsSubcommandsTimeAndRecurrenceFormsAndSessionWords() async throws {
        let shell = TestShell.offline { $0.outputMode = .table }
        let sub = await shell.run("help auth s2s")
        #expect(sub.code == .success, "\(sub.stderr)")
        #expect(sub.stdout.contains("usage: auth s2s ACCOUNT_ID CLIENT_ID"))
        let auth = await shell.run("help auth")
        #expect(auth.stdout.components(separatedBy: "  auth token\n").count == 2, "examples are listed once")
        #expect(await shell.run("help start").stdout.contains("next monday 10:00"))
        #expect(await shell.run("help recurrence").stdout.contains("monthly last fri"))
        #expect(await shell.run("help host").stdout.contains("the Zoom user meetings are created for"))
        #expect(await shell.run("help until").stdout.contains("end_date_time"))
        let unknown = await shell.run("help hots")
        #expect(unknown.stderr.contains("did you mean 'host'"), "\(unknown.stderr)")
    }

    @Test func versionPrintsZoomKitsVersion() async throws {
        let run = await TestShell.offline().run("version")
        #expect(run.lastDocument == .string(ZoomKit.version))
    }
}
