import Foundation
import TestSupport
import Testing
import ZoomModels

@testable import ZoomShell

/// Completion is a pure function of the line, the cursor and a snapshot of the session.
struct CompleterTests {
    static let meeting: JSONValue = [
        "id": 85_746_065_432, "topic": "Weekly sync", "duration": 45,
        "settings": ["audio": "voip", "auto_recording": "none", "waiting_room": true],
        "occurrences": [["occurrence_id": "1773046800000"]],
    ]

    static let context = CompletionContext(
        variables: ["last": meeting, "status": 0, "title": "Sync"],
        meetings: [85_746_065_432: "Weekly sync", 81_234_567_890: "Design review"])

    /// The candidate texts for `line` with the cursor at its end.
    func texts(_ line: String, _ context: CompletionContext = CompleterTests.context) -> [String] {
        Completer.complete(line: line, cursor: line.count, context: context).items.map(\.text)
    }

    @Test func anEmptyLineOffersEveryCommand() {
        let names = texts("")
        #expect(Set(names) == Set(CommandRegistry.commands.map(\.name)))
        #expect(texts("cr") == ["create"])
        #expect(Set(texts("s")) == ["set", "show", "source", "sleep", "sdk"])
        let result = Completer.complete(line: "  va", cursor: 4, context: Self.context)
        #expect(result.start == 2)
        #expect(result.items.map(\.text) == ["validate"])
        #expect(result.items.first?.description == CommandRegistry.parser.spec(named: "validate")?.summary)
    }

    @Test func aCommandAfterASemicolonIsCompletedAsACommand() {
        #expect(texts("echo a; cre") == ["create"])
        #expect(texts("echo \"a;b\" cre") == [], "a ; inside quotes does not start a command")
    }

    @Test func setCompletesFieldsOneDottedLevelAtATime() {
        let top = texts("set s")
        #expect(top.contains("settings."))
        #expect(top.contains("start"))
        #expect(top.contains("schedule_for"))
        #expect(!top.contains { $0.hasPrefix("settings.") && $0 != "settings." }, "settings.* waits for the dot")
        let settings = texts("set settings.au")
        #expect(settings.contains("settings.audio"))
        #expect(settings.contains("settings.auto_recording"))
        #expect(settings.allSatisfy { $0.hasPrefix("settings.au") })
        let item = Completer.complete(line: "set settings.", cursor: 13, context: Self.context).items
        #expect(item.contains { $0.text == "settings.waiting_room" && $0.description?.hasPrefix("boolean") == true })
        #expect(item.first { $0.text.hasSuffix(".") }?.appendsSpace == false, "a nested level takes no space")
    }

    @Test func setCompletesTheValuesOfTheField() {
        #expect(Set(texts("set settings.audio ")) == ["both", "telephony", "voip", "thirdParty"])
        #expect(texts("set settings.audio t") == ["telephony", "thirdParty"])
        #expect(texts("set settings.waiting_room ") == ["on", "off"])
        #expect(texts("set type recurring").allSatisfy { $0.hasPrefix("recurring") })
        #expect(!texts("set type ").isEmpty)
        #expect(texts("set recurrence ") == ["daily", "weekly", "monthly"])
        #expect(texts("set recurrence weekly o") == ["on"])
        #expect(texts("set start next m") == ["monday"])
        #expect(texts("set tz Europe/Mad") == ["Europe/Madrid"])
        #expect(texts("set topic ") == [], "free text has no candidates")
    }

    @Test func variablesAndTheirFields() {
        #expect(texts("echo $") == ["$last", "$status", "$title"])
        #expect(texts("echo $ti") == ["$title"])
        let fields = texts("print $last.")
        #expect(fields == ["$last.id", "$last.topic", "$last.duration", "$last.settings", "$last.occurrences"])
        #expect(texts("print $last.settings.a") == ["$last.settings.audio", "$last.settings.auto_recording"])
        #expect(texts("print $last.occurrences.") == ["$last.occurrences.0"])
        #expect(texts("print $last.occurrences.0.") == ["$last.occurrences.0.occurrence_id"])
        #expect(texts("print $title.") == [], "a string has no fields")
        #expect(texts("print $nothing.") == [])
        let items = Completer.complete(line: "print $last.", cursor: 12, context: Self.context).items
        #expect(items.first { $0.text == "$last.settings" }?.appendsSpace == false)
        #expect(items.first { $0.text == "$last.topic" }?.description == "\"Weekly sync\"")
    }

    @Test func meetingIDsWithTopicsAfterTheCommandsThatTakeOne() {
        for command in ["get", "update", "delete", "end", "invite", "load"] {
            let items = Completer.complete(line: "\(command) ", cursor: command.count + 1, context: Self.context).items
            #expect(items.map(\.text) == ["85746065432", "81234567890"], "\(command)")
            #expect(items.map(\.description) == ["Weekly sync", "Design review"])
        }
        #expect(texts("get 812") == ["81234567890"])
        #expect(texts("get 85746065432 ") == [], "only the first argument is a meeting id")
        #expect(texts("create ") == [])
    }

    @Test func sourceCompletesFilePaths() throws {
        let files = try TemporaryDirectory()
        try files.write("team.zsh", "")
        try files.write("teams/weekly.zsh", "")
        try files.write(".hidden.zsh", "")
        let context = CompletionContext(workingDirectory: files.path)
        #expect(texts("source ", context) == ["team.zsh", "teams/"])
        #expect(texts("source tea", context) == ["team.zsh", "teams/"])
        #expect(texts("source teams/", context) == ["teams/weekly.zsh"])
        #expect(texts("source .", context) == [".hidden.zsh"])
        #expect(texts("source \(files.path)/teams/w", context) == ["\(files.path)/teams/weekly.zsh"])
        #expect(texts("source team.zsh ", context) == [], "the script's arguments are not paths")
        let items = Completer.complete(line: "source ", cursor: 7, context: context).items
        #expect(items.map(\.appendsSpace) == [true, false])
    }

    @Test func pathsWithBlanksAreEscapedAsOneWord() throws {
        let files = try TemporaryDirectory()
        try files.write("my scripts/weekly sync.zsh", "")
        let context = CompletionContext(workingDirectory: files.path)
        #expect(texts("source my", context) == [#"my\ scripts/"#])
        let inside = #"source my\ scripts/we"#
        let result = Completer.complete(line: inside, cursor: inside.count, context: context)
        #expect(result.start == 7, "the escaped blank belongs to the word")
        #expect(result.items.map(\.text) == [#"my\ scripts/weekly\ sync.zsh"#])
        // What completion inserts is read back by the parser as one word: the file's path.
        let script = try CommandRegistry.parser.parse("source " + result.items[0].text, file: "t")
        #expect(script.commands.first?.arguments.first?.literalText == "my scripts/weekly sync.zsh")
    }

    @Test func optionsAfterTwoDashes() {
        #expect(Set(texts("list --")) == ["--from", "--to", "--all", "--limit", "--host", "--dry-run"])
        #expect(texts("list --l") == ["--limit"])
        #expect(Set(texts("create --")) == ["--dry-run", "--host"])
        #expect(texts("show --") == ["--json"])
        #expect(texts("auth s2s acct client --") == ["--secret-env"])
        #expect(Set(texts("sdk signature 1 --")) == ["--role", "--lifetime", "--key", "--secret-env"])
    }

    @Test func subcommandsChoicesAndOptionValues() {
        #expect(Set(texts("auth ")) == ["s2s", "jwt", "token", "refresh"])
        #expect(texts("jwt d") == ["decode"])
        #expect(texts("sdk signature 1 --role ") == ["host", "attendee"])
        #expect(texts("output ") == ["table", "json", "plain"])
        #expect(texts("on-error ") == ["stop", "continue"])
        #expect(texts("dry-run o") == ["on", "off"])
        #expect(texts("list up") == ["upcoming", "upcoming_meetings"])
        #expect(texts("api P") == ["POST", "PATCH", "PUT"])
        let help = texts("help se")
        #expect(help.contains("set") && help.contains("settings") && help.contains("settings."))
    }

    @Test func anUnknownCommandHasNoCandidates() {
        #expect(texts("frobnicate ") == [])
        #expect(texts("frobnicate --") == [])
    }

    @Test func theCursorDecidesTheWord() {
        let line = "set settings.audio voip"
        let result = Completer.complete(line: line, cursor: 15, context: Self.context)
        #expect(result.start == 4)
        #expect(result.items.allSatisfy { $0.text.hasPrefix("settings.au") })
    }

    @Test func theShellsSnapshotFeedsCompletion() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell()
        _ = await shell.run("get 85746065432\nlet who = Ada")
        let context = await shell.shell.completionContext
        #expect(context.meetings == [85_746_065_432: "Fake meeting"])
        #expect(texts("print $last.sett", context) == ["$last.settings"])
        #expect(texts("echo $wh", context) == ["$who"])
        #expect(texts("get ", context) == ["85746065432"])
    }
}
