import Foundation
import Testing
import ZoomKit
import ZoomModels
import ZoomSandbox
import ZoomShell

/// Runs `.zsh` scripts against a fresh in-process sandbox and compares what they printed with
/// their `.expected.json` files. `ZOOMSH_UPDATE_EXPECTED=1` writes the files instead.
///
/// A script may start with directives in comments: `#@ args: ["a", "b c"]` (its arguments),
/// `#@ env: {"NAME": "value"}` (its environment), `#@ local: Europe/Madrid` (the local zone).
enum Corpus {
    /// Whether this run rewrites expected files.
    static let updating = ProcessInfo.processInfo.environment["ZOOMSH_UPDATE_EXPECTED"] == "1"

    /// `Tests/ZoomShellTests` in the source tree.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The repository's root.
    static let repositoryRoot = URL(fileURLWithPath: testsDirectory).deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The corpus as built into the test bundle (falls back to the source tree).
    static let scriptsDirectory: String = {
        if let url = Bundle.module.url(forResource: "Scripts", withExtension: nil) { return url.path }
        return testsDirectory + "/Scripts"
    }()
    /// The corpus in the source tree, where updates are written.
    static let sourceScriptsDirectory = testsDirectory + "/Scripts"
    /// The example scripts.
    static let examplesDirectory = repositoryRoot + "/scripts/examples"

    /// The names (without `.zsh`) of the scripts directly in `directory`, sorted.
    static func scriptNames(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".zsh") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The directives of a script.
    struct Directives {
        var arguments: [String] = []
        var environment: [String: String] = [:]
        var localTimeZone = FixedTime.newYork

        init(_ source: String) throws {
            for line in source.split(separator: "\n") where line.hasPrefix("#@ ") {
                let body = line.dropFirst(3)
                guard let colon = body.firstIndex(of: ":") else { continue }
                let name = body[..<colon].trimmingCharacters(in: .whitespaces)
                let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch name {
                case "args": arguments = try JSONValue(parsing: value).arrayValue?.compactMap(\.stringValue) ?? []
                case "env":
                    for (key, item) in try JSONValue(parsing: value).objectValue ?? JSONObject() {
                        environment[key] = item.stringValue
                    }
                case "local": localTimeZone = TimeZone(identifier: value) ?? FixedTime.newYork
                default: throw TranscriptFileError(message: "unknown directive '#@ \(name):'")
                }
            }
        }
    }

    /// Runs `directory/name.zsh` in json mode against a fresh sandbox, from `directory`.
    static func run(_ name: String, in directory: String, now: Date = FixedTime.now) async throws -> Transcript {
        let source = try String(contentsOfFile: directory + "/\(name).zsh", encoding: .utf8)
        let directives = try Directives(source)
        return try await TestSandbox.with(TestSandbox.configuration(now: now)) { sandbox, configuration in
            var configuration = configuration
            configuration.now = { now }
            configuration.workingDirectory = directory
            configuration.environment = directives.environment
            configuration.localTimeZone = directives.localTimeZone
            let shell = TestShell(configuration)
            let run = await shell.run(source, file: "\(name).zsh", arguments: directives.arguments)
            let snapshot = await sandbox.snapshot()
            let ids = Set(snapshot.meetings.compactMap { $0["id"]?.intValue } + snapshot.deletedMeetingIDs)
            let normalizer = TranscriptNormalizer(
                meetingIDs: ids,
                literals: [
                    ("127.0.0.1:\(sandbox.port)", "127.0.0.1:<port>"), (directory + "/", "<scripts>/"),
                    (directory, "<scripts>"), ("zoomsh/\(ZoomKit.version)", "zoomsh/<version>"),
                    ("\"\(ZoomKit.version)\"\n", "\"<version>\"\n"),
                ])
            return normalizer.normalize(code: run.code.rawValue, chunks: run.chunks)
        }
    }

    /// Compares `actual` with the expected file (or writes it when updating).
    static func check(_ actual: Transcript, expected path: String, sourcePath: String) throws {
        if updating {
            // Rewrite only on a real change: JSON objects compare without their key order.
            let existing = (try? String(contentsOfFile: sourcePath, encoding: .utf8)).flatMap {
                try? Transcript(fileText: $0)
            }
            if existing != actual {
                try actual.fileText.write(toFile: sourcePath, atomically: true, encoding: .utf8)
                print("updated \(sourcePath)")
            }
            return
        }
        // The source tree's copy is the fresh one (the bundle's is copied at build time).
        let readPath = FileManager.default.fileExists(atPath: sourcePath) ? sourcePath : path
        guard let text = try? String(contentsOfFile: readPath, encoding: .utf8) else {
            Issue.record("no expected file \(sourcePath): run with ZOOMSH_UPDATE_EXPECTED=1 and review it")
            return
        }
        let expected = try Transcript(fileText: text)
        if actual != expected {
            Issue.record(
                "\(sourcePath) differs (ZOOMSH_UPDATE_EXPECTED=1 rewrites it):\n\(actual.difference(from: expected))")
        }
    }
}
