import Testing

@testable import LineEditing

@Suite struct LineReaderFactoryTests {
    @Test func picksLibeditOnlyOnACapableTerminal() {
        let term = ["TERM": "xterm-256color"]
        func kind(_ input: Bool, _ output: Bool, error: Bool = true, _ environment: [String: String])
            -> LineReaderFactory.Kind
        {
            LineReaderFactory.kind(
                inputIsTerminal: input, outputIsTerminal: output, errorIsTerminal: error, environment: environment)
        }
        #expect(kind(true, true, term) == .lineEditor)
        #expect(kind(true, true, ["TERM": "dumb"]) == .plain(.standardOutput))
        #expect(kind(true, true, [:]) == .plain(.standardOutput))
        #expect(kind(true, false, term) == .plain(.standardError))
        #expect(kind(true, false, error: false, term) == .plain(.none))
        #expect(kind(false, true, term) == .plain(.none))
        #expect(kind(false, false, term) == .plain(.none))
    }
}
