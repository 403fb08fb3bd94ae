import Testing

@testable import LineEditing

@Suite struct PromptAndStyleTests {
    @Test func colourOnlyOnAColourTerminal() {
        let term = ["TERM": "xterm-256color"]
        #expect(TerminalStyle.allowsColor(isTerminal: true, environment: term))
        #expect(!TerminalStyle.allowsColor(isTerminal: false, environment: term))
        #expect(!TerminalStyle.allowsColor(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(!TerminalStyle.allowsColor(isTerminal: true, environment: [:]))
        #expect(!TerminalStyle.allowsColor(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]))
        #expect(TerminalStyle.allowsColor(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": ""]))
    }

    @Test func stylesBecomeSGRSequences() {
        let style = TerminalStyle(usesColor: true)
        #expect(style.apply(.foreground(.green), to: "ok") == "\u{1B}[32mok\u{1B}[0m")
        #expect(style.apply(TextStyle(foreground: .brightRed).bold.underlined, to: "x") == "\u{1B}[1;4;91mx\u{1B}[0m")
        #expect(style.apply(TextStyle(), to: "x") == "x")
        #expect(style.apply(nil, to: "x") == "x")
        #expect(TerminalStyle.plain.apply(.foreground(.green), to: "ok") == "ok")
    }

    @Test func editLinePromptBracketsEscapesWithTheMarker() {
        let prompt = Prompt("zoomsh> ", style: TextStyle.foreground(.cyan).bold)
        // libedit glues each bracketed sequence to the next visible character and drops one that
        // nothing follows, so the reset sequence goes before the last character.
        #expect(prompt.editLineText(usesColor: true) == "\u{1}\u{1B}[1;36m\u{1}zoomsh>\u{1}\u{1B}[0m\u{1} ")
        #expect(Prompt("$", style: .foreground(.red)).editLineText(usesColor: true) == "$")
        #expect(prompt.editLineText(usesColor: false) == "zoomsh> ")
        #expect(Prompt("plain> ").editLineText(usesColor: true) == "plain> ")
    }

    @Test func promptTextCannotCarryControlCharacters() {
        let prompt = Prompt("a\u{1}b\u{1B}[2Jc\n> ", style: .foreground(.red))
        #expect(prompt.plainText == "a b [2Jc > ")
        let rendered = prompt.editLineText(usesColor: true)
        #expect(rendered.filter { $0 == "\u{1}" }.count == 4)
    }

    @Test func continuationAlignsUnderThePrompt() {
        let prompt = Prompt("zoomsh> ", style: .foreground(.green))
        #expect(prompt.continuation.text == "   ...> ")
        #expect(prompt.continuation.style == .foreground(.green))
        #expect(Prompt("> ").continuationText == "...> ")
        #expect(Prompt("$ ", continuationText: "> ").continuation.text == "> ")
    }
}
