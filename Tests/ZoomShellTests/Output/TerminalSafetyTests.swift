import Foundation
import Testing
import ZoomSandbox

@testable import ZoomShell

/// Text from Zoom, files and variables never reaches a terminal raw: in table and plain output and
/// on standard error every control character shows as a visible escape (`\e`, `\x07`, `\u{202E}`),
/// while JSON output carries it as a JSON escape (`\u001b`).
@Suite struct TerminalSafetyTests {
    /// A topic that recolours the terminal, sets its window title, rings its bell, sends a C1 CSI
    /// and reverses the rest of the line.
    static let evilTopic = "\u{1B}[31mRED\u{1B}]0;title\u{07}\u{9B}2J\u{202E}txet"
    /// The topic as the sanitizer shows it.
    static let shownTopic = #"\e[31mRED\e]0;title\x07\u{9B}2J\u{202E}txet"#
    /// The topic in a single-quoted zoomsh word holding JSON.
    static let evilTopicJSON = #"\u001b[31mRED\u001b]0;title\u0007\u009b2J\u202etxet"#

    /// Scalars that must never be printed raw.
    static let dangerous: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{0D}"]

    /// Checks that neither stream carries a dangerous scalar.
    static func expectClean(_ run: ScriptRun, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    {
        for (name, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
            let raw = text.unicodeScalars.filter { dangerous.contains($0) }
            #expect(
                raw.isEmpty, "\(what): raw control on \(name): \(text.debugDescription)", sourceLocation: sourceLocation
            )
        }
    }

    /// A sandbox shell in `mode` with one meeting whose topic is `evilTopic` (created with `api`,
    /// so nothing of zoomsh touched the text); returns the shell and the meeting's id.
    static func shellWithEvilMeeting(_ configuration: ShellConfiguration, mode: String = "table") async throws -> (
        TestShell, Int64
    ) {
        let shell = TestShell(configuration)
        let made = await shell.run(
            "api POST /users/me/meetings '{\"topic\":\"\(evilTopicJSON)\",\"agenda\":\"\(evilTopicJSON)\"}'")
        #expect(made.code == .success, "\(made.stderr)")
        let id = try #require(made.lastDocument?["id"]?.intValue)
        #expect(made.lastDocument?["topic"]?.stringValue == evilTopic)
        _ = await shell.run("output \(mode)")
        return (shell, id)
    }

    @Test func listGetAndInviteShowTheTopicEscaped() async throws {
        try await TestSandbox.with { _, configuration in
            let (shell, id) = try await Self.shellWithEvilMeeting(configuration)
            for command in ["list", "get \(id)", "invite \(id)", "load \(id)\nshow"] {
                let run = await shell.run(command)
                #expect(run.code == .success, "\(command): \(run.stderr)")
                Self.expectClean(run, command)
                #expect(run.stdout.contains(Self.shownTopic), "\(command): \(run.stdout)")
            }
        }
    }

    @Test func plainOutputShowsTheTopicEscaped() async throws {
        try await TestSandbox.with { _, configuration in
            let (shell, id) = try await Self.shellWithEvilMeeting(configuration, mode: "plain")
            for command in ["list", "get \(id)", "invite \(id)", "get \(id)\nprint $last.topic"] {
                let run = await shell.run(command)
                #expect(run.code == .success, "\(command): \(run.stderr)")
                Self.expectClean(run, command)
                #expect(run.stdout.contains(Self.shownTopic), "\(command): \(run.stdout)")
            }
        }
    }

    @Test func createAndUpdateSummariesShowTheTopicEscaped() async throws {
        try await TestSandbox.with { _, configuration in
            var configuration = configuration
            configuration.outputMode = .table
            configuration.isInteractive = true
            let shell = TestShell(configuration)
            let set = await shell.line("set topic \"\(Self.evilTopic)\"")
            #expect(set.outcome == .succeeded, "\(set.run.stderr)")
            Self.expectClean(set.run, "set topic")
            let created = await shell.line("set start 2026-05-04 10:00; create")
            #expect(created.outcome == .succeeded, "\(created.run.stderr)")
            Self.expectClean(created.run, "create")
            #expect(created.run.stdout.contains(Self.shownTopic), "\(created.run.stdout)")
            let id = try #require(await shell.value("last", "id")?.intValue)
            let updated = await shell.line("set agenda \"\(Self.evilTopic)\"; update \(id)")
            #expect(updated.outcome == .succeeded, "\(updated.run.stderr)")
            Self.expectClean(updated.run, "update")
            #expect(updated.run.stdout.contains(Self.shownTopic), "\(updated.run.stdout)")
        }
    }

    @Test func echoAndPrintOfVariablesAreEscaped() async throws {
        try await TestSandbox.with { _, configuration in
            let (shell, id) = try await Self.shellWithEvilMeeting(configuration)
            for command in ["get \(id)\necho \"topic: $last.topic\"", "let t = $last.topic\nprint $t"] {
                let run = await shell.run(command)
                #expect(run.code == .success, "\(command): \(run.stderr)")
                Self.expectClean(run, command)
                #expect(run.stdout.contains(Self.shownTopic), "\(command): \(run.stdout)")
            }
            // A whole JSON value prints as JSON, with JSON's escapes.
            let whole = await shell.run("print $last")
            Self.expectClean(whole, "print $last")
            #expect(whole.stdout.contains(Self.evilTopicJSON), "\(whole.stdout)")
        }
    }

    @Test func jsonOutputKeepsControlsAsJSONEscapes() async throws {
        try await TestSandbox.with { _, configuration in
            let (shell, id) = try await Self.shellWithEvilMeeting(configuration, mode: "json")
            for command in ["list", "get \(id)", "echo $last.topic", "load \(id)\nshow --json"] {
                let run = await shell.run(command)
                #expect(run.code == .success, "\(command): \(run.stderr)")
                Self.expectClean(run, command)
                #expect(run.stdout.contains(#"\u001b[31mRED\u001b]0;title\u0007\u009b2J\u202etxet"#), "\(run.stdout)")
                // Still JSON, and the same value.
                #expect(run.documents.last! != nil, "\(command): \(run.stdout)")
                #expect(run.stdout.contains(Self.shownTopic) == false)
            }
            // `show --json` is JSON in table mode too.
            let shown = await shell.run("output table\nshow --json")
            Self.expectClean(shown, "show --json in table mode")
            #expect(shown.lastDocument?["topic"]?.stringValue == Self.evilTopic, "\(shown.stdout)")
            _ = await shell.run("output json")
            let got = await shell.run("get \(id)")
            #expect(got.lastDocument?["topic"]?.stringValue == Self.evilTopic)
            let echoed = await shell.run("echo $last.topic")
            #expect(echoed.lastDocument?.stringValue == Self.evilTopic)
        }
    }

    @Test func zoomErrorMessagesAreEscaped() async throws {
        let zoom = FakeZoom { request in
            guard request.path.hasPrefix("/v2/meetings/") else { return nil }
            return .json(
                400,
                #"{"code":300,"message":"Bad topic \u001b[31mRED\u0007","errors":[{"field":"topic","message":"\u001b]0;title\u0007"}]}"#
            )
        }
        for mode in ["table", "json"] {
            let shell = zoom.shell()
            let run = await shell.run("output \(mode)\nget 123")
            #expect(run.code != .success)
            Self.expectClean(run, "a Zoom error (\(mode))")
            #expect(run.stderr.contains(#"Bad topic \e[31mRED\x07"#), "\(run.stderr)")
            #expect(run.stderr.contains(#"\e]0;title\x07"#), "\(run.stderr)")
        }
    }

    @Test func oauthErrorsAreEscaped() async throws {
        let zoom = FakeZoom { request in
            guard request.path.hasPrefix("/oauth") else { return nil }
            return .json(400, #"{"reason":"Invalid client \u001b[31mRED\u0007","error":"invalid_client"}"#)
        }
        let run = await zoom.shell().run("whoami")
        #expect(run.code != .success)
        Self.expectClean(run, "an OAuth error")
        #expect(run.stderr.contains(#"\e[31mRED\x07"#), "\(run.stderr)")
    }

    @Test func errorsQuotingABadArgumentAreEscaped() async throws {
        let shell = TestShell.offline { $0.outputMode = .table }
        let bad = "\u{1B}[31m12\u{07}"
        let cases = [
            "get \"\(bad)\"",  // a run-time error: not a meeting id
            "set type \"\(bad)\"",  // a check-time error with the line and a caret
            "set start \"\(bad)\"",  // a value error
            "crea\u{1B}[2Jte",  // an unknown command
            "echo \"\(bad)",  // a syntax error: an open quote
        ]
        for source in cases {
            let run = await shell.run(source)
            #expect(run.code != .success, "\(source.debugDescription)")
            Self.expectClean(run, source.debugDescription)
            #expect(run.stderr.contains(#"\e["#), "\(source.debugDescription): \(run.stderr)")
            let typed = await shell.line(source)
            Self.expectClean(typed.run, "typed: " + source.debugDescription)
        }
    }

    @Test func warningsAndNotesAreEscaped() async throws {
        let shell = TestShell.offline {
            $0.outputMode = .table
            $0.isInteractive = true
        }
        let run = await shell.line("let x = \"\u{1B}[31m\u{07}\"; echo $x; print $x; reset")
        Self.expectClean(run.run, "let, echo, print")
        #expect(run.run.stdout.contains(#"\e[31m\x07"#), "\(run.run.stdout)")
    }

    @Test func aHugeValueIsNotQuotedWhole() async throws {
        let shell = TestShell.offline { $0.outputMode = .table }
        let huge = String(repeating: "x", count: 1_000_000)
        for source in [
            "set topic \"\(huge)\"", "get \"1\(huge)\"", "set type \"\(huge)\"", "craete \"\(huge)\"", "echo \"\(huge)",
        ] {
            let run = await shell.run(source)
            #expect(run.code != .success, "\(source.prefix(20))")
            #expect(run.stderr.utf8.count < 4000, "\(source.prefix(20)): \(run.stderr.utf8.count) bytes on stderr")
            #expect(run.stderr.contains("…"), "\(source.prefix(20)): \(run.stderr.prefix(300))")
            let typed = await shell.line(source)
            #expect(typed.run.stderr.utf8.count < 4000, "typed \(source.prefix(20)): \(typed.run.stderr.utf8.count)")
        }
    }

    @Test func aDiagnosticShowsAWindowAroundTheCaret() async throws {
        let shell = TestShell.offline()
        let long = "set topic \"" + String(repeating: "y", count: 10_000) + "\"; craete"
        let run = await shell.run(long)
        #expect(run.code == .usage)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(run.stderr.prefix(500))")
        #expect(
            lines.count == 3 && lines[1].hasPrefix("…") && lines[1].hasSuffix("craete"), "\(run.stderr.prefix(500))")
        #expect(lines.count == 3 && lines[1].count <= 120)
        #expect(lines.count == 3 && lines[2].count == lines[1].count - "craete".count + 1 && lines[2].hasSuffix("^"))
    }
}
