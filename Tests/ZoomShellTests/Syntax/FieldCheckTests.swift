import Testing

@testable import ZoomShell

/// `set`/`unset` with a written-out unknown FIELD (or a bad enum value) is refused when the
/// script is parsed, before anything is sent.
@Suite("Parser: set and unset fields")
struct FieldCheckTests {
    func syntaxError(_ source: String) -> SyntaxError? {
        CommandRegistry.parser.analyze(source, file: "s.zsh").error
    }

    @Test func unknownFieldOfSetIsASyntaxError() throws {
        let error = try #require(syntaxError("set topic ok\ncreate\nset topc x\ncreate"))
        #expect(error.diagnostics.count == 1)
        #expect(
            error.rendered
                == """
                s.zsh:3:5: unknown field 'topc': did you mean 'topic'? ('help fields' lists the fields, \
                "set settings.<TAB>" the settings)
                set topc x
                    ^
                """)
    }

    @Test func knownFieldsAliasesAndSpecialNamesPass() {
        for line in [
            "set topic x", "set passcode 123", "set start tomorrow 10:00", "set tz Europe/Madrid", "set host me",
            "set recurrence weekly on mon", "set until 2027-01-31", "set duration 1h", "set settings.audio voip",
            "set SETTINGS.waiting_room on", "set $field x", "set type $kind", "unset topic settings.audio host",
            "unset $name", "set type recurring-fixed", "set type 8", "set settings.waiting_room yes",
        ] {
            #expect(syntaxError(line) == nil, "\(line): \(syntaxError(line)?.rendered ?? "")")
        }
    }

    @Test func badEnumAndBooleanValuesAreCaught() throws {
        let type = try #require(syntaxError("set type bogus"))
        #expect(type.diagnostics.first?.location.column == 10)
        #expect(type.diagnostics.first?.message.hasPrefix("type:") == true, "\(type.rendered)")
        let waiting = try #require(syntaxError("set settings.waiting_room maybe"))
        #expect(waiting.rendered.contains("not a boolean"), "\(waiting.rendered)")
    }

    @Test func unknownFieldOfUnsetIsASyntaxError() throws {
        let error = try #require(syntaxError("unset topic settings.wating_room"))
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].message.hasPrefix("unknown field 'settings.wating_room': did you mean"))
        #expect(error.diagnostics[0].location.column == 13)
    }

    @Test func nothingRunsWhenAFieldIsUnknown() async {
        let shell = TestShell.offline()
        let run = await shell.run("echo first\nset topc x")
        #expect(run.code == .usage)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("test.zsh:2:5: unknown field 'topc'"))
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let script = try CommandRegistry.parser.parse("\u{FEFF}echo hi\n", file: "bom.zsh")
        #expect(script.commands.map(\.name) == ["echo"])
        #expect(script.commands[0].location.column == 1)
        #expect(Lexer.lex("\u{FEFF}echo").commands.first?.words.first?.literalText == "echo")
    }
}
