import Foundation
import Synchronization
import Testing
import ZoomModels

/// Zoom's OpenAPI specs in ../shared/zoom-openapi (beside the repository), when present.
enum OpenAPISpec {
    /// The directory of the specs, found from this file's real location or the working directory.
    static let directory: URL? = {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            repository.deletingLastPathComponent().appendingPathComponent("shared/zoom-openapi"),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
                "../shared/zoom-openapi"),
        ]
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("Meetings.json").path)
        }
    }()

    /// Whether the specs are there.
    static var isAvailable: Bool { directory != nil }

    /// Why the spec tests are skipped when they are.
    static let absentNote: Comment =
        "../shared/zoom-openapi/Meetings.json is absent: the sandbox's answers are not checked against Zoom's spec"

    /// The parsed files, each read once per test run.
    private static let documents = Mutex<[String: JSONValue]>([:])

    /// The parsed spec file `name` (`Meetings.json`).
    static func document(_ name: String) throws -> JSONValue {
        guard let directory else { throw TestFailure("\(absentNote)") }
        let url = directory.appendingPathComponent(name)
        if let cached = documents.withLock({ $0[url.path] }) { return cached }
        let parsed = try JSONValue(parsing: Data(contentsOf: url))
        documents.withLock { $0[url.path] = parsed }
        return parsed
    }

    /// The JSON schema of a response: `paths[path][method].responses[status]`.
    static func responseSchema(_ file: String, _ path: String, _ method: String, _ status: String) throws -> JSONValue {
        let document = try document(file)
        guard
            let schema = document["paths"]?[path]?[method]?["responses"]?[status]?["content"]?["application/json"]?[
                "schema"]
        else { throw TestFailure("\(file) has no JSON schema for \(method.uppercased()) \(path) \(status)") }
        return schema
    }
}
