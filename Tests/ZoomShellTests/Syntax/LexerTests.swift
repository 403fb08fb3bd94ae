import Testing

@testable import ZoomShell

@Suite("Lexer: words, quotes, comments, continuation")
struct LexerTests {
    func words(_ source: String) -> [[String]] {
        Lexer.lex(source).commands.map { $0.words.map { $0.literalText ?? "<\($0.text)>" } }
    }

    @Test func splitsWordsOnBlanksAndCommandsOnLinesAndSemicolons() {
        #expect(words("set topic  Weekly\tsync\ncreate") == [["set", "topic", "Weekly", "sync"], ["create"]])
        #expect(words("echo a; echo b;;\n\n;echo c") == [["echo", "a"], ["echo", "b"], ["echo", "c"]])
        #expect(words("echo a;echo b") == [["echo", "a"], ["echo", "b"]])
        #expect(words("  \n\t\n") == [])
        #expect(words("echo a\r\necho b\r\n") == [["echo", "a"], ["echo", "b"]])
    }

    @Test func commentsStartAtAWordOutsideQuotes() {
        #expect(words("# a comment\ncreate # trailing\n") == [["create"]])
        #expect(words("echo a#b '#x' \"#y\" \\#z") == [["echo", "a#b", "#x", "#y", "#z"]])
        #expect(words("echo a;# c; d\necho e") == [["echo", "a"], ["echo", "e"]])
    }

    @Test func backslashNewlineContinuesTheLine() {
        #expect(words("set topic \\\n  Weekly sync") == [["set", "topic", "Weekly", "sync"]])
        #expect(words("echo ab\\\ncd") == [["echo", "abcd"]])
        #expect(words("echo a \\\r\nb") == [["echo", "a", "b"]])
        let lexed = Lexer.lex("set topic \\\n  Weekly")
        #expect(lexed.commands[0].words[2].location.line == 2)
        #expect(lexed.commands[0].words[2].location.column == 3)
        #expect(lexed.commands[0].text == "set topic \\\n  Weekly")
    }

    @Test func unquotedBackslashEscapesOneCharacter() {
        #expect(words(#"echo a\ b \$x \"q\" \\"#) == [["echo", "a b", "$x", "\"q\"", "\\"]])
    }

    @Test func singleQuotesAreLiteral() {
        let word = Lexer.lex(#"echo '$x \n "y"'"#).commands[0].words[1]
        #expect(word.shape == [#"'lit:$x \n "y"'"#])
        #expect(word.isQuoted)
        #expect(word.soleVariable == nil)
    }

    @Test func doubleQuotesTakeEscapesAndVariables() {
        let word = Lexer.lex(#"echo "a\"b\\c\nd\te\$f $g.h!""#).commands[0].words[1]
        #expect(word.shape == ["\"lit:a\"b\\c\nd\te$f \"", "\"$g.h\"", "\"lit:!\""])
        let continued = Lexer.lex("echo \"ab\\\ncd\"").commands[0].words[1]
        #expect(continued.literalText == "abcd")
    }

    @Test func quotesMaySpanLines() {
        let lexed = Lexer.lex("api POST /x '{\n  \"topic\": \"a;b # c\"\n}'\ncreate")
        #expect(lexed.diagnostics.isEmpty)
        #expect(lexed.commands.count == 2)
        #expect(lexed.commands[0].words[3].literalText == "{\n  \"topic\": \"a;b # c\"\n}")
    }

    @Test func emptyQuotesMakeAnEmptyQuotedWord() {
        let lexed = Lexer.lex(#"echo "" '' a"""#)
        let shapes = lexed.commands[0].words.dropFirst().map(\.shape)
        #expect(shapes == [["\"lit:\""], ["'lit:'"], ["lit:a", "\"lit:\""]])
        #expect(lexed.commands[0].words[1].literalText == "")
    }

    @Test func mixedQuotingMakesOneWord() {
        let word = Lexer.lex(#"echo pre"mid $x"'post'"#).commands[0].words[1]
        #expect(word.shape == ["lit:pre", "\"lit:mid \"", "\"$x\"", "'lit:post'"])
        #expect(word.text == #"pre"mid $x"'post'"#)
    }

    @Test func variableForms() {
        let lexed = Lexer.lex("echo $name ${name} $last.id ${last.occurrences.0.start_time} $1 $12 $# $@ $? x$a.b.c.")
        let shapes = lexed.commands[0].words.dropFirst().map(\.shape)
        #expect(
            shapes == [
                ["$name"], ["${name}"], ["$last.id"], ["${last.occurrences.0.start_time}"], ["$1"], ["$12"], ["$#"],
                ["$@"], ["$?"], ["lit:x", "$a.b.c", "lit:."],
            ])
        #expect(lexed.diagnostics.isEmpty)
        let references = lexed.commands[0].words.flatMap(\.variables)
        #expect(references[2].name == "last" && references[2].path == ["id"])
        #expect(references[4].argumentIndex == 1 && references[5].argumentIndex == 12)
        #expect(references[6].isSpecial && !references[0].isSpecial)
        #expect(references[3].isBraced && references[3].dottedName == "last.occurrences.0.start_time")
    }

    @Test func bracesSeparateAVariableFromText() {
        let word = Lexer.lex("echo ${file}.txt ${n}th").commands[0].words
        #expect(word[1].shape == ["${file}", "lit:.txt"])
        #expect(word[2].shape == ["${n}", "lit:th"])
    }

    @Test func soleVariableKeepsJSONOnlyWhenBare() {
        let words = Lexer.lex(#"let m = $last "$last" $last! ${last}"#).commands[0].words
        #expect(words[3].soleVariable?.name == "last")
        #expect(words[4].soleVariable == nil)
        #expect(words[5].soleVariable == nil)
        #expect(words[6].soleVariable?.name == "last")
    }

    @Test func locationsCountLinesScalarsAndBytes() {
        let lexed = Lexer.lex("set topic Café\n  echo \"é\" x", file: "f.zsh")
        let first = lexed.commands[0].words
        #expect(first[2].location == SourceLocation(file: "f.zsh", line: 1, column: 11, offset: 10))
        #expect(first[2].endOffset == 15)
        let second = lexed.commands[1].words
        #expect(second[0].location == SourceLocation(file: "f.zsh", line: 2, column: 3, offset: 18))
        #expect(second[1].location.column == 8)
        #expect(second[2].location == SourceLocation(file: "f.zsh", line: 2, column: 12, offset: 28))
        #expect(second[1].text == "\"é\"")
        let variable = Lexer.lex("echo ab$x").commands[0].words[1].variables[0]
        #expect(variable.location.column == 8)
    }

    @Test func wordTextIsTheSourceSlice() {
        let source = "echo  'a b'\"c\"$d  --x=\"1 2\" é\\ f"
        let utf8 = Array(source.utf8)
        for word in Lexer.lex(source).commands[0].words {
            let slice = String(decoding: utf8[word.location.offset..<word.endOffset], as: UTF8.self)
            #expect(slice == word.text)
        }
    }
}
