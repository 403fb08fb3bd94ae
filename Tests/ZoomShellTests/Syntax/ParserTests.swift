import Testing

@testable import ZoomShell

@Suite("Parser: commands, options, arguments")
struct ParserTests {
    @Test func parsesCommandsWithArgumentsAndOptions() throws {
        let script = try TestCommands.parse("get 123 --occurrence 456 --previous\nlist upcoming --from=today --to +7d")
        #expect(script.commands.map(\.name) == ["get", "list"])
        let get = script.commands[0]
        #expect(get.arguments.map(\.text) == ["123"])
        #expect(get.option("occurrence")?.value?.literalText == "456")
        #expect(get.hasOption("previous") && get.option("previous")?.value == nil)
        #expect(get.option("occurrence")?.location.column == 9)
        let list = script.commands[1]
        #expect(list.arguments.map(\.text) == ["upcoming"])
        #expect(list.option("from")?.value?.literalText == "today")
        #expect(list.option("from")?.value?.location.column == 22)
        #expect(list.option("to")?.value?.literalText == "+7d")
    }

    @Test func inlineOptionValuesKeepQuotesAndVariables() throws {
        let command = try TestCommands.parse(#"create --host="a b $who""#).commands[0]
        let value = try #require(command.option("host")?.value)
        #expect(value.shape == ["\"lit:a b \"", "\"$who\""])
        #expect(value.text == #""a b $who""#)
        #expect(value.location.offset == 14)
        let empty = try TestCommands.parse("create --host=").commands[0]
        #expect(empty.option("host")?.value?.literalText == "")
    }

    @Test func optionsMayComeAnywhereAndRepeat() throws {
        let command = try TestCommands.parse("api --query a=1 GET /users/me --query b=2 --dry-run").commands[0]
        #expect(command.arguments.map(\.text) == ["GET", "/users/me"])
        #expect(command.values(ofOption: "query").map(\.text) == ["a=1", "b=2"])
        #expect(command.option("query")?.value?.text == "b=2")
    }

    @Test func doubleDashEndsOptionsAndQuotedDashesArePositional() throws {
        let set = try TestCommands.parse("set agenda -- --not-an-option").commands[0]
        #expect(set.arguments.map(\.text) == ["agenda", "--not-an-option"])
        let quoted = try TestCommands.parse("set agenda '--x' \"--y\"").commands[0]
        #expect(quoted.arguments.count == 3)
        let negative = try TestCommands.parse("list --limit -5").commands[0]
        #expect(negative.option("limit")?.value?.text == "-5")
    }

    @Test func subcommandsAndAliases() throws {
        let script = try TestCommands.parse("auth\nauth s2s acct client\nsdk signature 99 --role attendee\nexit 3")
        #expect(script.commands.map(\.name) == ["auth", "auth s2s", "sdk signature", "quit"])
        #expect(script.commands[1].arguments.map(\.text) == ["acct", "client"])
        #expect(script.commands[1].nameWords.map(\.text) == ["auth", "s2s"])
        #expect(script.commands[2].option("role")?.value?.text == "attendee")
        #expect(script.commands[3].spec.name == "quit")
    }

    @Test func verbatimCommandsKeepDashWords() throws {
        let command = try TestCommands.parse("echo --help -- x").commands[0]
        #expect(command.arguments.map(\.text) == ["--help", "--", "x"])
        #expect(command.options.isEmpty)
    }

    @Test func choicesMatchIgnoringCase() throws {
        let command = try TestCommands.parse("api get /users/me\nlist LIVE\napi $m /x").commands
        #expect(command.count == 3)
    }

    @Test func assignmentForms() throws {
        let script = try TestCommands.parse(
            "let x = 5\nlet y=six\nlet z =seven eight\nlet m = $last\nlet e = \"\"\nlet f = --flag -x\nlet g= 1")
        let assignments = script.commands.compactMap(\.assignment)
        #expect(assignments.map(\.name) == ["x", "y", "z", "m", "e", "f", "g"])
        #expect(
            assignments.map { $0.value.map(\.text) } == [
                ["5"], ["six"], ["seven", "eight"], ["$last"], ["\"\""], ["--flag", "-x"], ["1"],
            ])
        #expect(assignments[1].value[0].location.column == 7)
        #expect(assignments[0].nameLocation.column == 5)
        #expect(script.commands[0].arguments.isEmpty)
    }

    @Test func sourceTextFromAnArgumentKeepsRawJSON() throws {
        let command = try TestCommands.parse(#"api POST /users/me/meetings {"topic": "a b", "n": 1}"#).commands[0]
        #expect(command.arguments.count == 6)
        #expect(command.sourceText(fromArgument: 2) == #"{"topic": "a b", "n": 1}"#)
        #expect(command.sourceText(fromArgument: 9) == nil)
        let quoted = try TestCommands.parse(#"api POST /x '{"note": "it is"}' --dry-run"#).commands[0]
        #expect(quoted.arguments[2].literalText == #"{"note": "it is"}"#)
    }

    @Test func literalWordsForSynthesizedCommands() {
        let location = SourceLocation(file: "x", line: 1, column: 1, offset: 4)
        let word = Word(literal: "abc", location: location)
        #expect(word.literalText == "abc" && word.bareText == "abc" && !word.isQuoted && word.endOffset == 7)
        #expect(Word(literal: "", location: location).literalText == "")
    }

    @Test func commandTextAndLocation() throws {
        let script = try TestCommands.parse("  show   --json  # note\n\n  whoami")
        #expect(script.commands[0].text == "show   --json")
        #expect(script.commands[0].location.column == 3)
        #expect(script.commands[1].location.line == 3)
    }

    @Test func runtimeDiagnosticsUseTheScriptSource() throws {
        let script = try TestCommands.parse("echo ok\n\techo $missing")
        let reference = script.commands[1].arguments[0].soleVariable!
        let diagnostic = script.diagnostic(at: reference.location, message: "unset variable '$missing'")
        #expect(diagnostic.rendered == "t.zsh:2:7: unset variable '$missing'\n\techo $missing\n\t     ^")
    }
}
