import Foundation
import TestSupport
import Testing

@testable import LineEditing

#if canImport(Glibc)
    import Glibc
#endif

extension ReadingTests {
    @Suite struct PlainLineReaderTests {
        /// A pipe whose write end the test feeds.
        final class Pipe: @unchecked Sendable {
            let readEnd: Int32
            var writeEnd: Int32

            init() {
                var descriptors: [Int32] = [-1, -1]
                _ = pipe(&descriptors)
                readEnd = descriptors[0]
                writeEnd = descriptors[1]
            }

            deinit {
                close(readEnd)
                closeWriting()
            }

            func write(_ bytes: [UInt8]) {
                _ = bytes.withUnsafeBytes { Glibc.write(writeEnd, $0.baseAddress, $0.count) }
            }

            func write(_ text: String) {
                write(Array(text.utf8))
            }

            func closeWriting() {
                if writeEnd >= 0 { close(writeEnd) }
                writeEnd = -1
            }
        }

        private func reader(for input: [UInt8]) -> (PlainLineReader, Pipe) {
            let pipe = Pipe()
            pipe.write(input)
            pipe.closeWriting()
            return (PlainLineReader(fileDescriptor: pipe.readEnd), pipe)
        }

        private func lines(of reader: PlainLineReader) -> [LineInput] {
            var result: [LineInput] = []
            while true {
                let input = reader.readLine(prompt: Prompt("> "))
                result.append(input)
                if input == .endOfInput { return result }
            }
        }

        @Test func readsLinesOneByOne() {
            let (reader, pipe) = reader(for: Array("one\ntwo\r\n\nlast without newline".utf8))
            #expect(!reader.isInteractive)
            #expect(
                lines(of: reader) == [
                    .line("one"), .line("two"), .line(""), .line("last without newline"), .endOfInput,
                ])
            #expect(reader.readLine(prompt: Prompt("> ")) == .endOfInput)
            withExtendedLifetime(pipe) {}
        }

        @Test func invalidUTF8BecomesReplacementCharacters() {
            let (reader, pipe) = reader(for: [0x61, 0xFF, 0xC3, 0x0A, 0xE6, 0x97, 0xA5, 0x0A])
            #expect(lines(of: reader) == [.line("a\u{FFFD}\u{FFFD}"), .line("日"), .endOfInput])
            withExtendedLifetime(pipe) {}
        }

        @Test func aByteOrderMarkAtTheStartIsSkipped() {
            let (reader, pipe) = reader(for: [0xEF, 0xBB, 0xBF] + Array("echo 1\n\u{FEFF}kept\n".utf8))
            #expect(lines(of: reader) == [.line("echo 1"), .line("\u{FEFF}kept"), .endOfInput])
            withExtendedLifetime(pipe) {}
        }

        @Test func longLinesSpanSeveralReads() {
            let pipe = Pipe()
            let long = String(repeating: "x", count: 200_000)
            let writer = Thread {
                pipe.write(long + "\nshort\n")
                pipe.closeWriting()
            }
            writer.start()
            let reader = PlainLineReader(fileDescriptor: pipe.readEnd)
            #expect(lines(of: reader) == [.line(long), .line("short"), .endOfInput])
        }

        @Test func manyLinesAreReadInOrder() {
            let pipe = Pipe()
            let count = 20_000  // about 220 KB: the buffer is compacted on the way
            let writer = Thread {
                pipe.write((1...count).map { "line \($0)\n" }.joined())
                pipe.closeWriting()
            }
            writer.start()
            let reader = PlainLineReader(fileDescriptor: pipe.readEnd)
            var read = 0
            while case .line(let line) = reader.readLine(prompt: Prompt("> ")) {
                read += 1
                if line != "line \(read)" { break }
            }
            #expect(read == count)
        }

        @Test func secretsComeFromTheNextLineAndStayOutOfHistory() {
            let (reader, pipe) = reader(for: Array("auth s2s\nhunter2\nnext\n".utf8))
            #expect(reader.readLine(prompt: Prompt("> ")) == .line("auth s2s"))
            reader.addHistory("auth s2s")
            #expect(reader.readSecret(prompt: "Secret: ") == "hunter2")
            #expect(reader.readLine(prompt: Prompt("> ")) == .line("next"))
            #expect(reader.readSecret(prompt: "Secret: ") == nil)
            #expect(reader.historyEntries == ["auth s2s"])
            withExtendedLifetime(pipe) {}
        }

        @Test func promptsGoToTheirDestinationWithoutColour() throws {
            let input = Pipe()
            let output = Pipe()
            input.write("a\n")
            input.closeWriting()
            let reader = PlainLineReader(
                fileDescriptor: input.readEnd, promptDestination: .fileDescriptor(output.writeEnd))
            #expect(reader.readLine(prompt: Prompt("p> ", style: .foreground(.red))) == .line("a"))
            #expect(reader.readLine(prompt: Prompt("p> ")) == .endOfInput)
            output.closeWriting()
            var buffer = [UInt8](repeating: 0, count: 100)
            let count = buffer.withUnsafeMutableBytes { read(output.readEnd, $0.baseAddress, $0.count) }
            #expect(String(decoding: buffer[0..<max(0, count)], as: UTF8.self) == "p> p> \n")
        }

        @Test func anInterruptEndsAWaitingRead() throws {
            let pipe = Pipe()
            let reader = PlainLineReader(fileDescriptor: pipe.readEnd, handlesInterrupts: true)
            let read = Background { reader.readLine(prompt: Prompt("> ")) }
            // Wait until the read is blocked, then interrupt it.
            while InterruptSignal.shared.listenerCount == 0 { usleep(1000) }
            InterruptSignal.shared.simulate()
            #expect(try read.value() == .interrupted)
            // The reader goes on afterwards.
            pipe.write("after\n")
            #expect(reader.readLine(prompt: Prompt("> ")) == .line("after"))
        }

        @Test func anInterruptBeforeAReadDoesNotEndIt() {
            let pipe = Pipe()
            let reader = PlainLineReader(fileDescriptor: pipe.readEnd)
            InterruptSignal.shared.simulate()
            pipe.write("line\n")
            #expect(reader.readLine(prompt: Prompt("> ")) == .line("line"))
        }
    }
}
