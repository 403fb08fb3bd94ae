import Testing

@testable import ZoomShell

@Suite("Parser: every error message")
struct ParserErrorTests {
    let message = TestCommands.message

    @Test func unknownCommands() {
        #expect(message("craete") == "unknown command 'craete': did you mean 'create'?")
        #expect(message("Create") == "unknown command 'Create': did you mean 'create'?")
        #expect(message("frobnicate now") == "unknown command 'frobnicate' ('help' lists the commands)")
        #expect(message("$cmd x") == "a command name must be written out, not taken from a variable ('$cmd')")
    }

    @Test func unknownOptions() {
        #expect(message("show --jsn") == "unknown option '--jsn' for 'show': did you mean '--json'?")
        #expect(message("whoami --json") == "unknown option '--json' for 'whoami': 'whoami' takes no options")
        #expect(
            message("get 1 --zzz") == "unknown option '--zzz' for 'get' (options of 'get': --occurrence, --previous)")
        #expect(
            message("sdk signature 1 --rol host")
                == "unknown option '--rol' for 'sdk signature': did you mean '--role'?")
    }

    @Test func optionValues() {
        #expect(message("list --from") == "option '--from' of 'list' needs a value (DATE)")
        #expect(message("list --from --all") == "option '--from' of 'list' needs a value (DATE)")
        #expect(message("show --json=yes") == "option '--json' of 'show' is a flag and takes no value")
        #expect(
            message("sdk signature 1 --role hots")
                == "'hots' is not a valid value for '--role' of 'sdk signature': did you mean 'host'?")
        #expect(
            message("sdk signature 1 --role=panelist")
                == "'panelist' is not a valid value for '--role' of 'sdk signature': expected one of host, attendee")
    }

    @Test func argumentCounts() {
        #expect(
            message("get")
                == "missing argument MEETING_ID for 'get' (usage: get MEETING_ID [--occurrence OID] [--previous])")
        #expect(
            message("api GET")
                == "missing argument PATH for 'api' "
                + "(usage: api METHOD PATH [JSON…] [--query NAME=VALUE] [--dry-run])")
        #expect(message("set") == "missing arguments FIELD VALUE… for 'set' (usage: set FIELD VALUE…)")
        #expect(message("whoami now") == "unexpected argument 'now': 'whoami' takes no arguments (usage: whoami)")
        #expect(
            message("get 1 2")
                == "unexpected argument '2': 'get' takes at most 1 argument "
                + "(usage: get MEETING_ID [--occurrence OID] [--previous])"
        )
        #expect(
            message("auth s2s a") == "missing argument CLIENT_ID for 'auth s2s' (usage: auth s2s ACCOUNT_ID CLIENT_ID)")
    }

    @Test func argumentChoices() {
        #expect(
            message("list upcomming") == "'upcomming' is not a valid value for TYPE of 'list': did you mean 'upcoming'?"
        )
        #expect(
            message("dry-run maybe") == "'maybe' is not a valid value for MODE of 'dry-run': expected one of on, off")
    }

    @Test func subcommands() {
        #expect(message("auth s2ss x y") == "unknown subcommand 's2ss' for 'auth': did you mean 's2s'?")
        #expect(message("auth bogus") == "unknown subcommand 'bogus' for 'auth': expected one of s2s, token")
        #expect(message("sdk") == "'sdk' needs a subcommand: 'signature'")
        #expect(message("sdk --role host") == "'sdk' needs a subcommand: 'signature'")
        #expect(message("sdk sig 1") == "unknown subcommand 'sig' for 'sdk': expected 'signature'")
    }

    @Test func assignments() {
        #expect(message("let") == "missing variable name for 'let' (usage: let NAME = VALUE…)")
        #expect(message("let x 5") == "expected '=' after 'let x' (usage: let NAME = VALUE…)")
        #expect(message("let x") == "expected '=' after 'let x' (usage: let NAME = VALUE…)")
        #expect(message("let x =") == "missing value after '=' for 'let x' (usage: let NAME = VALUE…)")
        #expect(message("let x=") == "missing value after '=' for 'let x' (usage: let NAME = VALUE…)")
        #expect(message("let $x = 1") == "bad variable name '$x': write 'let x = …' without '$'")
        #expect(
            message("let 1x = 1")
                == "bad variable name '1x': a name is letters, digits and '_', not starting with a digit")
        #expect(
            message("let a-b = 1")
                == "bad variable name 'a-b': a name is letters, digits and '_', not starting with a digit")
        #expect(
            message("let =1") == "bad variable name '': a name is letters, digits and '_', not starting with a digit")
    }

    @Test func errorLocations() throws {
        let error = try #require(TestCommands.parser.analyze("show\n  show --jsn\nget 1 2", file: "s.zsh").error)
        #expect(error.diagnostics.map(\.location.description) == ["s.zsh:2:8", "s.zsh:3:7"])
        #expect(
            error.rendered
                == """
                s.zsh:2:8: unknown option '--jsn' for 'show': did you mean '--json'?
                  show --jsn
                       ^
                s.zsh:3:7: unexpected argument '2': 'get' takes at most 1 argument \
                (usage: get MEETING_ID [--occurrence OID] [--previous])
                get 1 2
                      ^
                """)
    }

    @Test func reportsEveryErrorInSourceOrderAndNothingRuns() throws {
        let (script, error) = TestCommands.parser.analyze("create\ncraete\nshow 'open\n")
        #expect(script.commands.map(\.name) == ["create"])
        let diagnostics = try #require(error).diagnostics
        #expect(diagnostics.map(\.location.line) == [2, 3])
        #expect(diagnostics.map(\.message).last == "unterminated single quote: the ' here is never closed")
        #expect(throws: SyntaxError.self) { try TestCommands.parse("create\ncraete") }
    }

    @Test func incompleteInputIsTold() throws {
        for source in ["set topic 'Weekly", "echo \"a", "create \\", "whoami 'x", "craete \"x"] {
            let error = try #require(TestCommands.parser.analyze(source).error)
            #expect(error.isIncompleteInput, "\(source)")
        }
        let mixed = try #require(TestCommands.parser.analyze("craete\necho 'x").error)
        #expect(!mixed.isIncompleteInput)
    }

    @Test func capsTheReportAndCountsTheRest() throws {
        var parser = TestCommands.parser
        parser.maximumDiagnostics = 5
        let error = try #require(parser.analyze(String(repeating: "craete\n", count: 12)).error)
        #expect(error.diagnostics.count == 5 && error.omittedCount == 7)
        #expect(error.rendered.hasSuffix("… and 7 more errors"))
    }

    @Test func renderingLongLinesAndTabs() {
        let long = String(repeating: "x", count: 300) + " oops"
        let diagnostic = Diagnostic(
            location: SourceLocation(file: "f", line: 1, column: 302, offset: 301), message: "m", sourceLine: long)
        let lines = diagnostic.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix(" oops"))
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == "o")
    }
}
