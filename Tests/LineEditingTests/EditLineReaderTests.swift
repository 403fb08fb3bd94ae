import Foundation
import TerminalText
import TestSupport
import Testing

@testable import LineEditing

#if canImport(Glibc)
    import Glibc
#endif

extension ReadingTests {
    /// libedit on a real pseudo-terminal inside the test process. libedit's own signal handling is
    /// off (it would re-raise SIGINT to the test runner's process group), so Ctrl-C is simulated
    /// through the same path a SIGINT takes.
    @Suite struct EditLineReaderTests {
        private let terminal: PseudoTerminal
        private let directory: TemporaryDirectory

        init() throws {
            terminal = try PseudoTerminal(expecting: .raw)
            directory = try TemporaryDirectory()
        }

        private func makeReader(
            history: LineHistory? = nil,
            completion: CompletionProvider? = nil,
            style: TerminalStyle = .plain
        ) throws -> EditLineReader {
            let options = EditLineReader.Options(
                readsEditrc: false, handlesSignals: false, terminalType: "xterm",
                inputDescriptor: terminal.secondary, outputDescriptor: terminal.secondary,
                errorDescriptor: terminal.secondary)
            return try EditLineReader(
                history: history ?? LineHistory(filePath: directory.file("history")), completion: completion,
                style: style, options: options, environment: [:])
        }

        /// Reads one line while `keys` are typed.
        private func read(_ reader: EditLineReader, prompt: Prompt = Prompt("test> "), typing keys: [String])
            throws -> LineInput
        {
            let result = Background { reader.readLine(prompt: prompt) }
            try terminal.expect(prompt.text)
            for key in keys { try terminal.send(key) }
            return try result.value()
        }

        @Test func readsAnEditedLine() throws {
            let reader = try makeReader()
            defer { directory.remove() }
            #expect(reader.isInteractive)
            #expect(try read(reader, typing: ["hello world\r"]) == .line("hello world"))
            // Ctrl-A, Ctrl-E, Ctrl-W (delete the previous word) and backspace.
            #expect(try read(reader, typing: ["abc def", "\u{1}X\u{5}", "\u{17}", "\u{7F}Z\r"]) == .line("XabcZ"))
        }

        @Test func editsUTF8() throws {
            let reader = try makeReader()
            defer { directory.remove() }
            #expect(try read(reader, typing: ["héllo 日本語x", "\u{7F}", "\u{2}\u{2}!\r"]) == .line("héllo 日!本語"))
            #expect(LocaleSetup.isUTF8)
        }

        @Test func endOfInputOnCtrlDOnAnEmptyLine() throws {
            let reader = try makeReader()
            defer { directory.remove() }
            #expect(try read(reader, typing: ["\u{4}"]) == .endOfInput)
        }

        @Test func anInterruptDiscardsThePartialLine() throws {
            let reader = try makeReader()
            defer { directory.remove() }
            let result = Background { reader.readLine(prompt: Prompt("test> ")) }
            try terminal.expect("test> ")
            try terminal.send("partial")
            try terminal.expect("partial")
            InterruptSignal.shared.simulate()
            #expect(try result.value() == .interrupted)
            try terminal.expect("^C")
            #expect(try read(reader, typing: ["next\r"]) == .line("next"))
        }

        @Test func recallsHistoryWithTheArrowKeys() throws {
            let history = LineHistory(filePath: directory.file("history"), filter: { !$0.contains("secret") })
            history.add("from an earlier session")
            let reader = try makeReader(history: history)
            defer { directory.remove() }
            #expect(try read(reader, typing: ["first\r"]) == .line("first"))
            reader.addHistory("first")
            #expect(try read(reader, typing: ["token secret\r"]) == .line("token secret"))
            reader.addHistory("token secret")
            // The refused line is not recalled: Up gives "first", Up again the earlier session's line.
            #expect(try read(reader, typing: ["\u{1B}[A\r"]) == .line("first"))
            #expect(try read(reader, typing: ["\u{1B}[A", "\u{1B}[A\r"]) == .line("from an earlier session"))
            // A line added behind the reader's back (to the shared history) is recalled too.
            history.add("added elsewhere")
            #expect(try read(reader, typing: ["\u{1B}[A\r"]) == .line("added elsewhere"))
            #expect(reader.historyEntries == ["from an earlier session", "first", "added elsewhere"])
            #expect(try directory.read("history").contains("added elsewhere"))
            reader.clearHistory()
            #expect(reader.historyEntries.isEmpty)
        }

        @Test func tabCompletesInsertsAndLists() throws {
            let words = ["settings.audio", "settings.auto_recording", "meetings", "héllo"]
            let reader = try makeReader(completion: { line, cursor in
                let before = String(line.prefix(cursor))
                let start = before.lastIndex(of: " ").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0
                let word = before.dropFirst(start)
                if word.hasPrefix("8") {
                    let ids = [
                        CompletionCandidate("85746065432", description: "Weekly sync"),
                        CompletionCandidate("85746065433", description: "Planning"),
                    ]
                    return Completion(start: start, candidates: ids.filter { $0.text.hasPrefix(word) })
                }
                return Completion(
                    start: start, candidates: words.filter { $0.hasPrefix(word) }.map { CompletionCandidate($0) })
            })
            defer { directory.remove() }
            #expect(try read(reader, typing: ["mee\t", "x\r"]) == .line("meetings x"))
            #expect(try read(reader, typing: ["hé\t\r"]) == .line("héllo "))
            // A common prefix first, then the list (the line is kept), then a unique completion.
            let result = Background { reader.readLine(prompt: Prompt("test> ")) }
            try terminal.expect("test> ")
            try terminal.send("meetings get 8\t")
            try terminal.expect("574606543")
            try terminal.send("\t")
            try terminal.expect("85746065432  Weekly sync")
            try terminal.expect("85746065433  Planning")
            try terminal.expect("test> meetings get 8574606543")
            try terminal.send("3\t\r")
            #expect(try result.value() == .line("meetings get 85746065433 "))
            // No candidate: the line is unchanged.
            #expect(try read(reader, typing: ["zzz\t\r"]) == .line("zzz"))
        }

        @Test func aColouredPromptHidesItsMarkers() throws {
            let reader = try makeReader(style: TerminalStyle(usesColor: true))
            defer { directory.remove() }
            let result = Background { reader.readLine(prompt: Prompt("c> ", style: .foreground(.green))) }
            try terminal.expect("\u{1B}[0m ")
            try terminal.send("x\r")
            #expect(try result.value() == .line("x"))
            try terminal.expect("x")
            #expect(terminal.rawOutput.contains("\u{1B}[32mc>\u{1B}[0m x"))
            #expect(!terminal.rawOutput.contains("\u{1}"))
        }

        @Test func secretsAreReadWithEchoOff() throws {
            let reader = try makeReader()
            defer { directory.remove() }
            let result = Background { reader.readSecret(prompt: "Secret: ") }
            try terminal.expect("Secret: ")
            try terminal.waitForEchoOff()
            terminal.sendImmediately("hunter2\r")
            #expect(try result.value() == "hunter2")
            #expect(!terminal.rawOutput.contains("hunter2"))
            #expect(terminal.localModes & tcflag_t(ECHO) != 0)
            #expect(reader.historyEntries.isEmpty)

            let interrupted = Background { reader.readSecret(prompt: "Again: ") }
            try terminal.expect("Again: ")
            try terminal.waitForEchoOff()
            InterruptSignal.shared.simulate()
            #expect(try interrupted.value() == nil)
            #expect(terminal.localModes & tcflag_t(ECHO) != 0)
        }

        @Test func asyncReadsRunOnTheirOwnThread() async throws {
            let reader = try makeReader()
            defer { directory.remove() }
            let line = Task { await reader.nextLine(prompt: Prompt("async> ")) }
            // Wait without blocking a thread of the cooperative pool: on two cores, a blocked
            // pool thread can keep the reading task itself from starting.
            let deadline = ContinuousClock.now + .seconds(10)
            while !terminal.rawOutput.contains("async> ") {
                #expect(ContinuousClock.now < deadline, "timed out waiting for the prompt")
                if ContinuousClock.now >= deadline { return }
                try await Task.sleep(for: .milliseconds(5))
            }
            try terminal.send("from a thread\r")
            #expect(await line.value == .line("from a thread"))
        }
    }
}
