import Testing

@testable import ZoomShell

@Suite("Word expansion")
struct ExpansionTests {
    let variables = ClosureVariableProvider(names: ["name", "last", "n", "1", "#"]) { name in
        switch name {
        case "name": "Ada"
        case "n": 3
        case "1": "first"
        case "#": 1
        case "last":
            [
                "id": 85_746_065_432, "topic": "Weekly sync", "settings": ["audio": "voip"],
                "occurrences": [["occurrence_id": "1"], ["occurrence_id": "2"]],
            ]
        default: .none
        }
    }

    func words(_ source: String) -> [Word] { Lexer.lex(source).commands[0].words }

    @Test func expandsTextWithVariablesAndPaths() throws {
        let all = words(
            #"echo "Hi $name!" $last.id ${last.settings.audio}x '$name' $last.occurrences.1.occurrence_id $1 $#"#)
        let texts = try all.dropFirst().map { try $0.expandedText(in: variables) }
        #expect(texts == ["Hi Ada!", "85746065432", "voipx", "$name", "2", "first", "1"])
    }

    @Test func aSoleBareVariableKeepsItsJSON() throws {
        let all = words(#"let m = $last "$n" $n $last.settings"#)
        #expect(try all[3].expandedValue(in: variables).objectValue?["topic"] == "Weekly sync")
        #expect(try all[4].expandedValue(in: variables) == .string("3"))
        #expect(try all[5].expandedValue(in: variables) == .int(3))
        #expect(try all[6].expandedValue(in: variables) == ["audio": "voip"])
        #expect(try all[6].expandedText(in: variables) == #"{"audio":"voip"}"#)
        #expect(try Array(all[5...5]).expandedValue(in: variables) == .int(3))
        #expect(try Array(all[4...5]).expandedValue(in: variables) == .string("3 3"))
    }

    @Test func closureLookup() throws {
        let word = words("echo $x")[1]
        #expect(try word.expandedText { $0 == "x" ? .bool(true) : nil } == "true")
    }

    @Test func unsetVariableNamesItAndSuggests() throws {
        let word = words("echo \\\n  $nme")[1]
        let error = try #require(throws: ExpansionError.self) { try word.expandedText(in: variables) }
        #expect(error.message == "unset variable '$nme': did you mean '$name'?")
        #expect(error.location.line == 2 && error.location.column == 3)
        #expect(error.description == "<input>:2:3: unset variable '$nme': did you mean '$name'?")
        let far = try #require(throws: ExpansionError.self) { try words("echo $zzzz")[1].expandedText(in: variables) }
        #expect(far.message == "unset variable '$zzzz'")
    }

    @Test func pathErrors() throws {
        func message(_ source: String) throws -> String {
            try #require(throws: ExpansionError.self) { try words("echo " + source)[1].expandedText(in: variables) }
                .message
        }
        #expect(try message("$last.topc") == "'$last' has no field 'topc': did you mean 'topic'?")
        #expect(
            try message("$last.zzz")
                == "'$last' has no field 'zzz' (fields: id, topic, settings, occurrences)")
        #expect(try message("$last.occurrences.5") == "index 5 is out of range: '$last.occurrences' has 2 elements")
        #expect(
            try message("$last.occurrences.first")
                == "'$last.occurrences' is an array: 'first' must be an index from 0 to 1")
        #expect(try message("$last.topic.x") == "'$last.topic' is a string, it has no field 'x'")
        #expect(try message("$n.x") == "'$n' is an integer, it has no field 'x'")
    }
}

@Suite("Did you mean")
struct DidYouMeanTests {
    @Test func suggestsCloseWordsOnly() {
        let commands = ["create", "get", "list", "update", "delete", "show", "set", "unset"]
        #expect(DidYouMean.suggestion(for: "craete", among: commands) == "create")
        #expect(DidYouMean.suggestion(for: "lst", among: commands) == "list")
        #expect(DidYouMean.suggestion(for: "DELETE", among: commands) == "delete")
        #expect(DidYouMean.suggestion(for: "updat", among: commands) == "update")
        #expect(DidYouMean.suggestion(for: "xyz", among: commands) == nil)
        #expect(DidYouMean.suggestion(for: "frobnicate", among: commands) == nil)
        #expect(DidYouMean.suggestion(for: "", among: commands) == nil)
        #expect(DidYouMean.suggestion(for: "sett", among: commands) == "set")
        #expect(
            DidYouMean.suggestion(for: "Europe/Madird", among: ["Europe/Madrid", "Europe/Malta"]) == "Europe/Madrid")
    }

    @Test func hintText() {
        #expect(DidYouMean.hint(for: "shwo", among: ["show"]) == ": did you mean 'show'?")
        #expect(DidYouMean.hint(for: "shwo", among: ["show"], quote: { "`\($0)`" }) == ": did you mean `show`?")
        #expect(DidYouMean.hint(for: "zzzz", among: ["show"]) == "")
    }

    @Test func distanceCountsASwapAsOneEdit() {
        let distance = { (a: String, b: String) in
            DidYouMean.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), bound: 10)
        }
        #expect(distance("craete", "create") == 1)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(DidYouMean.distance(Array("abcdef".unicodeScalars), Array("uvwxyz".unicodeScalars), bound: 2) == nil)
    }
}
