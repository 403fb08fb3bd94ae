import CEditLine
import Foundation
import TestSupport
import Testing

@testable import LineEditing

@Suite struct HistoryFileFormatTests {
    static let tricky = [
        "meetings list", "a \\\nb", "tab\there", "back\\slash", "héllo 日本語", "cr\r", "\u{1B}[31m", "trailing\\",
        "octal \\012 text", "x\u{7F}y",
    ]

    @Test func encodingKeepsOneEntryPerLine() {
        for entry in Self.tricky {
            let line = HistoryFileFormat.encode(entry)
            #expect(!line.contains("\n") && !line.contains("\r"))
            #expect(String(decoding: HistoryFileFormat.decode(Array(line.utf8)), as: UTF8.self) == entry)
        }
        #expect(HistoryFileFormat.encode("a \\\nb") == "a \\\\\\012b")
        #expect(HistoryFileFormat.encode("plain text") == "plain text")
    }

    @Test func decodesTheEscapesVisProduces() {
        func decoded(_ text: String) -> [UInt8] { HistoryFileFormat.decode(Array(text.utf8)) }
        #expect(decoded("a\\040b") == Array("a b".utf8))
        #expect(decoded("\\s\\n\\t\\\\") == Array(" \n\t\\".utf8))
        #expect(decoded("\\^A\\^?") == [1, 0x7F])
        #expect(decoded("\\M-C\\M-)") == [0xC3, 0xA9])  // é as libedit writes it in the C locale
        #expect(decoded("\\M^A") == [0x81])
        #expect(decoded("\\q\\") == Array("\\q\\".utf8))
        #expect(decoded("\\0123") == [0o12, UInt8(ascii: "3")])
    }

    @Test func parseSkipsTheCookieAndToleratesForeignFiles() {
        let ours = HistoryFileFormat.parse(Array(HistoryFileFormat.file(["a", "b\\c"]).utf8))
        #expect(ours.hasCookie && ours.entries == ["a", "b\\c"])
        let foreign = HistoryFileFormat.parse(Array("ls\\x\nsecond".utf8))
        #expect(!foreign.hasCookie && foreign.entries == ["ls\\x", "second"])
        let invalid = HistoryFileFormat.parse([0x5F, 0x0A, 0xFF, 0x61])
        #expect(invalid.entries == ["_", "\u{FFFD}a"])
        #expect(HistoryFileFormat.parse([]).entries.isEmpty)
    }

    @Test func libeditLoadsOurFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("ours")
        try HistoryFileFormat.file(Self.tricky).write(toFile: path, atomically: true, encoding: .utf8)
        let history = try #require(history_init())
        defer { history_end(history) }
        zoomsh_history_set_size(history, 100)
        #expect(zoomsh_history_load(history, path) == Int32(Self.tricky.count))
        #expect(Self.entries(of: history) == Self.tricky)
    }

    @Test func weLoadLibeditsFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("theirs")
        let history = try #require(history_init())
        defer { history_end(history) }
        zoomsh_history_set_size(history, 100)
        for entry in Self.tricky { zoomsh_history_enter(history, entry) }
        #expect(zoomsh_history_save(history, path) == Int32(Self.tricky.count))
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let parsed = HistoryFileFormat.parse(data)
        #expect(parsed.hasCookie)
        #expect(parsed.entries == Self.tricky)
    }

    static func entries(of history: OpaquePointer) -> [String] {
        var result: [String] = []
        var entry = zoomsh_history_oldest(history)
        while let current = entry {
            result.append(String(cString: current))
            entry = zoomsh_history_newer(history)
        }
        return result
    }
}
