import Foundation
import Synchronization
import Testing
import ZoomModels

/// Zoom's OpenAPI specs from `../shared/zoom-openapi/` (beside the package), when present: what
/// the client's request bodies and the sandbox's answers are checked against, by
/// ``SchemaChecker``.
public enum ZoomSpec {
    /// `../shared/zoom-openapi` from the package root, found from this file's path
    /// (`<root>/Tests/TestSupport/Spec/ZoomSpec.swift`), symbolic links resolved.
    public static let expectedDirectory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // <root>/Tests/TestSupport/Spec
        .deletingLastPathComponent()  // <root>/Tests/TestSupport
        .deletingLastPathComponent()  // <root>/Tests
        .deletingLastPathComponent()  // <root>
        .deletingLastPathComponent()  // <root>/..
        .appendingPathComponent("shared/zoom-openapi")

    /// The directory of the specs: ``expectedDirectory``, or `../shared/zoom-openapi` from the
    /// working directory; nil when neither holds `Meetings.json`.
    public static let directory: URL? = {
        let candidates = [
            expectedDirectory,
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
                "../shared/zoom-openapi"),
        ]
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("Meetings.json").path)
        }
    }()

    /// `Meetings.json` in ``directory`` (in ``expectedDirectory`` when the specs are absent).
    public static var meetingsURL: URL { (directory ?? expectedDirectory).appendingPathComponent("Meetings.json") }

    /// Whether the specs are there. A file that is there but cannot be read makes the spec tests
    /// fail (on `#require(ZoomSpec.meetings)` or ``document(_:)``), not skip.
    public static var isAvailable: Bool { directory != nil }

    /// Why the spec tests are skipped, naming the file looked for; `swift test` shows it beside
    /// each skipped suite.
    public static var skipNote: Comment {
        Comment(
            rawValue: "\(meetingsURL.standardizedFileURL.path) not found (../shared/zoom-openapi beside the "
                + "package): the checks against Zoom's OpenAPI spec are skipped")
    }

    /// A spec that is absent or has no schema where a test looks.
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The parsed files, each read once per test run.
    private static let documents = Mutex<[String: JSONValue]>([:])

    /// The parsed spec file `name` (`Meetings.json`, `Users.json`).
    public static func document(_ name: String) throws -> JSONValue {
        guard let directory else { throw Missing(description: skipNote.rawValue) }
        let url = directory.appendingPathComponent(name)
        if let cached = documents.withLock({ $0[url.path] }) { return cached }
        let parsed = try JSONValue(parsing: Data(contentsOf: url))
        documents.withLock { $0[url.path] = parsed }
        return parsed
    }

    /// The Meetings spec, parsed once; nil when the file is absent or not JSON.
    public static var meetings: JSONValue? { try? document("Meetings.json") }

    /// The JSON request-body schema of an operation of the Meetings spec (`$ref`s resolved).
    public static func requestSchema(_ path: String, _ method: String) -> JSONValue? {
        guard let spec = meetings,
            let schema = spec.value(at: [
                "paths", path, method, "requestBody", "content", "application/json", "schema",
            ])
        else { return nil }
        return SchemaChecker.resolve(schema, in: spec)
    }

    /// The request body of `POST /users/{userId}/meetings`.
    public static var createSchema: JSONValue? { requestSchema("/users/{userId}/meetings", "post") }
    /// The request body of `PATCH /meetings/{meetingId}`.
    public static var updateSchema: JSONValue? { requestSchema("/meetings/{meetingId}", "patch") }

    /// The JSON schema of an answer: `paths[path][method].responses[status]` of spec file `file`.
    public static func responseSchema(_ file: String, _ path: String, _ method: String, _ status: String) throws
        -> JSONValue
    {
        let document = try document(file)
        guard
            let schema = document.value(at: [
                "paths", path, method, "responses", status, "content", "application/json", "schema",
            ])
        else { throw Missing(description: "\(file) has no JSON schema for \(method.uppercased()) \(path) \(status)") }
        return SchemaChecker.resolve(schema, in: document)
    }

    /// The operation of the spec a request goes to: the path template whose segments match
    /// `path` (a `{name}` matches any one segment; the most literal template wins) and that has
    /// `method`. `path` is below the base URL (`/meetings/85746065123/status`), without a query.
    public static func operation(_ method: String, _ path: String) -> (template: String, operation: JSONValue)? {
        guard let paths = meetings?["paths"]?.objectValue else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var best: (template: String, operation: JSONValue, literals: Int)?
        for (template, item) in paths {
            let parts = template.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            guard parts.count == segments.count, let operation = item[method.lowercased()] else { continue }
            let matches = zip(parts, segments).allSatisfy { part, segment in
                (part.hasPrefix("{") && part.hasSuffix("}") && !segment.isEmpty) || part == segment
            }
            let literals = parts.filter { !$0.hasPrefix("{") }.count
            if matches, literals > best?.literals ?? -1 { best = (template, operation, literals) }
        }
        return best.map { ($0.template, $0.operation) }
    }
}
