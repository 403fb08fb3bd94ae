import Foundation
import Testing

@testable import ZoomModels

/// Zoom's OpenAPI specs from `../shared/zoom-openapi/` (beside the package), when present.
enum ZoomSpec {
    /// `../shared/zoom-openapi` from the package root, found from this file's path
    /// (`<root>/Tests/ZoomKitTests/Spec/ZoomSpec.swift`).
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // <root>/Tests/ZoomKitTests/Spec
        .deletingLastPathComponent()  // <root>/Tests/ZoomKitTests
        .deletingLastPathComponent()  // <root>/Tests
        .deletingLastPathComponent()  // <root>
        .deletingLastPathComponent()  // <root>/..
        .appendingPathComponent("shared/zoom-openapi")

    /// `Meetings.json` in `directory`.
    static var meetingsURL: URL { directory.appendingPathComponent("Meetings.json") }

    /// The Meetings spec, parsed once; nil when the file is absent or not JSON.
    static let meetings: JSONValue? = {
        guard let data = try? Data(contentsOf: meetingsURL) else { return nil }
        return try? JSONValue(parsing: data)
    }()

    /// Whether the Meetings spec is there. A file that is there but cannot be read makes the
    /// spec tests fail (on `#require(ZoomSpec.meetings)`), not skip.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: meetingsURL.path) }

    /// Why the spec tests are skipped, naming the file looked for; `swift test` shows it beside
    /// each skipped suite.
    static var skipNote: Comment {
        Comment(
            rawValue: "\(meetingsURL.standardizedFileURL.path) not found (../shared/zoom-openapi beside the "
                + "package): the checks against Zoom's OpenAPI spec are skipped")
    }

    /// The JSON request-body schema of an operation (`$ref`s resolved).
    static func requestSchema(_ path: String, _ method: String) -> JSONValue? {
        guard let spec = meetings,
            let schema = spec.value(at: [
                "paths", path, method, "requestBody", "content", "application/json", "schema",
            ])
        else { return nil }
        return SchemaChecker(root: spec).resolve(schema)
    }

    static var createSchema: JSONValue? { requestSchema("/users/{userId}/meetings", "post") }
    static var updateSchema: JSONValue? { requestSchema("/meetings/{meetingId}", "patch") }

    /// The operation of the spec a request goes to: the path template whose segments match
    /// `path` (a `{name}` matches any one segment; the most literal template wins) and that has
    /// `method`. `path` is below the base URL (`/meetings/85746065123/status`), without a query.
    static func operation(_ method: String, _ path: String) -> (template: String, operation: JSONValue)? {
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

/// A small JSON Schema checker for Zoom's OpenAPI request schemas: `$ref`, `allOf`, `type`,
/// `enum`, `maxLength`/`minLength`, `minimum`/`maximum`, `maxItems`/`minItems`, `properties`,
/// `required` and `items`; keys not in `properties` are refused.
struct SchemaChecker {
    /// The document `$ref`s point into.
    let root: JSONValue
    /// Paths of string enums that Zoom documents as comma lists of the enum's values
    /// (`recurrence.weekly_days` = `"1,3"`).
    var commaListEnums: Set<String> = ["recurrence.weekly_days"]

    /// `schema` with a `$ref` followed (repeatedly).
    func resolve(_ schema: JSONValue) -> JSONValue {
        var current = schema
        var hops = 0
        while let reference = current["$ref"]?.stringValue, reference.hasPrefix("#/"), hops < 32 {
            let components = reference.dropFirst(2).split(separator: "/").map {
                $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
            guard let target = root.value(at: components) else { break }
            current = target
            hops += 1
        }
        return current
    }

    /// The problems of `value` against `schema`, each as `path: message`.
    func check(_ value: JSONValue, _ schema: JSONValue, path: String = "") -> [String] {
        let schema = resolve(schema)
        var problems: [String] = []
        let label = path.isEmpty ? "(body)" : path
        if let parts = schema["allOf"]?.arrayValue {
            // Merge the parts' properties so that a key of one part is not "unknown" to another.
            var merged = JSONObject()
            var properties = JSONObject()
            var required: [JSONValue] = []
            for part in parts.map(resolve) {
                for (key, item) in part.objectValue ?? JSONObject() where key != "properties" && key != "required" {
                    merged[key] = item
                }
                for (key, item) in part["properties"]?.objectValue ?? JSONObject() { properties[key] = item }
                required += part["required"]?.arrayValue ?? []
            }
            if !properties.isEmpty { merged["properties"] = .object(properties) }
            if !required.isEmpty { merged["required"] = .array(required) }
            return check(value, .object(merged), path: path)
        }
        if let type = schema["type"]?.stringValue, !matches(value, type) {
            return ["\(label): expected \(type), got \(value.typeName)"]
        }
        if let allowed = schema["enum"]?.arrayValue {
            if commaListEnums.contains(path), let text = value.stringValue {
                let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
                    JSONValue.string(String($0))
                }
                if parts.contains(where: { !allowed.contains($0) }) {
                    problems.append("\(label): \(text) is not a comma list of \(allowed.map(\.compactText))")
                }
            } else if !allowed.contains(value) {
                problems.append("\(label): \(value.compactText) is not in \(allowed.map(\.compactText))")
            }
        }
        if let text = value.stringValue {
            if let maximum = schema["maxLength"]?.intValue, text.unicodeScalars.count > maximum {
                problems.append("\(label): longer than \(maximum)")
            }
            if let minimum = schema["minLength"]?.intValue, text.unicodeScalars.count < minimum {
                problems.append("\(label): shorter than \(minimum)")
            }
        }
        if let number = value.doubleValue {
            if let maximum = schema["maximum"]?.doubleValue, number > maximum {
                problems.append("\(label): \(number) > maximum \(maximum)")
            }
            if let minimum = schema["minimum"]?.doubleValue, number < minimum {
                problems.append("\(label): \(number) < minimum \(minimum)")
            }
        }
        if let items = value.arrayValue {
            if let maximum = schema["maxItems"]?.intValue, items.count > maximum {
                problems.append("\(label): more than \(maximum) items")
            }
            if let minimum = schema["minItems"]?.intValue, items.count < minimum {
                problems.append("\(label): fewer than \(minimum) items")
            }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() {
                    problems += check(item, itemSchema, path: "\(path)[\(index)]")
                }
            }
        }
        if let object = value.objectValue {
            let properties = schema["properties"]?.objectValue ?? JSONObject()
            for (key, item) in object {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                guard let childSchema = properties[key] else {
                    problems.append("\(childPath): not a property of the schema")
                    continue
                }
                problems += check(item, childSchema, path: childPath)
            }
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                problems.append("\(path.isEmpty ? key : "\(path).\(key)"): required but missing")
            }
        }
        return problems
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .int),
            ("number", .int), ("number", .double):
            true
        case ("integer", .double(let number)): number == number.rounded()
        default: false
        }
    }
}
