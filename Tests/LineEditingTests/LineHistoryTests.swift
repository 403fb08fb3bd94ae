import Foundation
import Synchronization
import TestSupport
import Testing

@testable import LineEditing

@Suite struct LineHistoryTests {
    @Test func appendsEachLineAtOnceToAPrivateFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("state/zoomsh/history")
        let history = LineHistory(filePath: path)
        #expect(!FileManager.default.fileExists(atPath: path))
        history.add("meetings list")
        #expect(try directory.read("state/zoomsh/history") == "_HiStOrY_V2_\nmeetings list\n")
        history.add("users get me\n")
        #expect(try directory.read("state/zoomsh/history") == "_HiStOrY_V2_\nmeetings list\nusers get me\n")
        #expect(try directory.mode("state/zoomsh/history") == 0o600)
        #expect(try directory.mode("state/zoomsh") == 0o700)
        #expect(try directory.mode("state") == 0o700)
        #expect(history.entries == ["meetings list", "users get me"])
    }

    @Test func refusesBlankFilteredSpacedAndRepeatedLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let history = LineHistory(filePath: directory.file("history"), filter: { !$0.contains("secret") })
        #expect(history.add("a") == "a")
        #expect(history.add("a  ") == nil)
        #expect(history.add("   ") == nil)
        #expect(history.add("") == nil)
        #expect(history.add(" hidden") == nil)
        #expect(history.add("auth s2s --client-secret x") == nil)
        #expect(history.add("b") == "b")
        #expect(history.add("a") == "a")
        #expect(history.entries == ["a", "b", "a"])
        #expect(try directory.read("history") == "_HiStOrY_V2_\na\nb\na\n")

        let keepsSpaced = LineHistory(filePath: nil, ignoresLinesStartingWithSpace: false)
        #expect(keepsSpaced.add(" spaced") == " spaced")
    }

    @Test func multiLineEntriesSurviveAReload() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        let entries = ["meetings create \\\n  --topic \"x\"", "tab\tand\\backslash", "日本語"]
        let first = LineHistory(filePath: path)
        for entry in entries { first.add(entry) }
        #expect(LineHistory(filePath: path).entries == entries)
    }

    @Test func keepsAtMostTheLimitAndCompactsTheFileAtomically() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        let history = LineHistory(filePath: path, limit: 5)
        for number in 1...8 { history.add("line \(number)") }
        #expect(history.entries == (4...8).map { "line \($0)" })
        // The file grew past the limit during the session…
        #expect(try directory.read("history").split(separator: "\n").count == 9)
        let inodeBefore = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
        // …and is compacted when loaded, by replacing it.
        let reloaded = LineHistory(filePath: path, limit: 5)
        #expect(reloaded.entries == (4...8).map { "line \($0)" })
        #expect(try directory.read("history") == "_HiStOrY_V2_\n" + (4...8).map { "line \($0)\n" }.joined())
        let inodeAfter = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
        #expect(inodeBefore != inodeAfter)
        #expect(try directory.mode("history") == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["history"])
    }

    @Test func loadingCollapsesRepeatsAndTightensTheMode() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        try "_HiStOrY_V2_\na\na\nb\n\na\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        #expect(LineHistory(filePath: path).entries == ["a", "b", "a"])
        #expect(try directory.mode("history") == 0o600)
    }

    @Test func aFileWithoutTheCookieIsRewrittenInLibeditFormat() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        try "ls\nback\\slash\n".write(toFile: path, atomically: false, encoding: .utf8)
        let history = LineHistory(filePath: path)
        #expect(history.entries == ["ls", "back\\slash"])
        #expect(try directory.read("history") == "_HiStOrY_V2_\nls\nback\\\\slash\n")
    }

    @Test func twoSessionsShareOneFileAcrossACompaction() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        let first = LineHistory(filePath: path, limit: 3)
        first.add("1")
        first.add("2")
        first.add("3")
        first.add("4")
        // A second session starts, compacting the file to 3 entries by replacing it.
        let second = LineHistory(filePath: path, limit: 3)
        #expect(second.entries == ["2", "3", "4"])
        second.add("from second")
        // The first session notices the replacement and appends to the new file.
        first.add("from first")
        #expect(LineHistory(filePath: path, limit: 10).entries == ["2", "3", "4", "from second", "from first"])
    }

    @Test func compactionKeepsASymlinkedFileInPlace() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.file("real-history")
        let link = directory.file("history")
        try "_HiStOrY_V2_\n1\n2\n3\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(LineHistory(filePath: link, limit: 2).entries == ["2", "3"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try directory.read("real-history") == "_HiStOrY_V2_\n2\n3\n")
    }

    @Test func clearEmptiesMemoryAndFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        let history = LineHistory(filePath: path)
        history.add("a")
        let generation = history.generation
        history.clear()
        #expect(history.entries.isEmpty)
        #expect(history.generation > generation)
        #expect(try directory.read("history") == "_HiStOrY_V2_\n")
        history.add("b")
        #expect(try directory.read("history") == "_HiStOrY_V2_\nb\n")
    }

    @Test func fileErrorsAreReportedOnceAndTheHistoryGoesOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A regular file where the directory should be.
        try "".write(toFile: directory.file("blocker"), atomically: false, encoding: .utf8)
        let errors = Mutex<[HistoryFileError]>([])
        let history = LineHistory(
            filePath: directory.file("blocker/history"),
            onError: { error in
                errors.withLock { $0.append(error) }
            })
        history.add("a")
        history.add("b")
        #expect(history.entries == ["a", "b"])
        let reported = errors.withLock { $0 }
        #expect(reported.count == 1)
        #expect(reported.first?.description.hasPrefix("cannot ") == true)
        #expect(reported.first?.description.contains(directory.file("blocker/history")) == true)
    }

    @Test func anUnreadableFileIsReportedAtLoad() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.file("history"), withIntermediateDirectories: true)
        let errors = Mutex<[HistoryFileError]>([])
        let history = LineHistory(
            filePath: directory.file("history"),
            onError: { error in
                errors.withLock { $0.append(error) }
            })
        #expect(history.entries.isEmpty)
        #expect(errors.withLock { $0.count } == 1)
        history.add("still works")
        #expect(history.entries == ["still works"])
    }
}
