import Testing

@testable import ZoomShell

@Suite("Lexer: error messages and locations")
struct LexerErrorTests {
    func diagnostics(_ source: String) -> [Diagnostic] { Lexer.lex(source, file: "t.zsh").diagnostics }

    func only(_ source: String) -> Diagnostic? {
        let found = diagnostics(source)
        #expect(found.count == 1, "expected one diagnostic, got \(found.map(\.message))")
        return found.first
    }

    @Test func unterminatedSingleQuote() throws {
        let diagnostic = try #require(only("echo ok\nset topic 'Weekly sync"))
        #expect(diagnostic.message == "unterminated single quote: the ' here is never closed")
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 11)
        #expect(diagnostic.isIncompleteInput)
    }

    @Test func unterminatedDoubleQuote() throws {
        let diagnostic = try #require(only("echo \"abc $x"))
        #expect(diagnostic.message == "unterminated double quote: the \" here is never closed")
        #expect(diagnostic.location.column == 6)
        #expect(diagnostic.isIncompleteInput)
    }

    @Test func backslashAtTheEnd() throws {
        let bare = try #require(only("echo a\\"))
        #expect(bare.message == "'\\' at the end of the input has nothing to escape or continue")
        #expect(bare.location.column == 7 && bare.isIncompleteInput)
        let continued = try #require(only("echo a \\\n"))
        #expect(continued.message == "'\\' at the end of the input continues the line, but no line follows")
        #expect(continued.location.column == 8 && continued.isIncompleteInput)
        #expect(Lexer.lex("echo a \\").isIncompleteInput)
    }

    @Test func braceWithoutClose() throws {
        let diagnostic = try #require(only("echo ${name x"))
        #expect(diagnostic.message == "'${' without a closing '}'")
        #expect(diagnostic.location.column == 6 && !diagnostic.isIncompleteInput)
        #expect(only("echo \"${name\"")?.message == "'${' without a closing '}'")
    }

    @Test func badVariableNames() {
        let rule = "a name is letters, digits and '_', not starting with a digit (all digits: a script argument)"
        #expect(only("echo ${1abc}")?.message == "bad variable name '${1abc}': \(rule)")
        #expect(only("echo ${a-b}")?.message == "bad variable name '${a-b}': \(rule)")
        #expect(only("echo ${a..b}")?.message == "bad variable name '${a..b}': \(rule)")
        #expect(only("echo ${}")?.message == "empty variable name in '${}'")
        #expect(
            only("echo $1abc")?.message
                == "bad variable name '$1abc': \(rule); write '${1}…' to follow an argument with text")
    }

    @Test func dollarWithoutName() {
        #expect(
            only("echo cost: $ 5")?.message
                == "'$' must be followed by a variable name or '{'; write '\\$' for a literal '$'")
        #expect(
            only("echo \"$\"")?.message
                == "'$' must be followed by a variable name or '{'; write '\\$' for a literal '$'")
        #expect(only("echo $")?.message == "'$' must be followed by a variable name; write '\\$' for a literal '$'")
    }

    @Test func unknownEscapeInDoubleQuotes() throws {
        let diagnostic = try #require(only(#"echo "a\db""#))
        #expect(
            diagnostic.message
                == #"unknown escape '\d' in double quotes: use \" \\ \n \t or \$ (single quotes keep text as it is)"#)
        #expect(diagnostic.location.column == 8)
        #expect(Lexer.lex(#"echo "a\db""#).commands[0].words[1].literalText == #"a\db"#)
    }

    @Test func reportsEveryProblemAndKeepsLexing() {
        let lexed = Lexer.lex("echo ${\necho \"\\q\"\necho $ ok\necho 'open")
        #expect(lexed.diagnostics.map(\.location.line) == [1, 2, 3, 4])
        #expect(lexed.commands.count == 4)
        #expect(!lexed.isIncompleteInput)
    }

    @Test func capsTheNumberOfDiagnostics() {
        let lexed = Lexer.lex(String(repeating: "echo $%\n", count: 80))
        #expect(lexed.diagnostics.count == Lexer.maximumDiagnostics)
        #expect(lexed.omittedCount == 30)
    }
}
