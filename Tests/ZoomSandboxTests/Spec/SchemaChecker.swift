import Foundation
import ZoomModels

/// A compact checker of JSON values against the JSON schemas of Zoom's OpenAPI specs: `type`,
/// `enum`, `properties` (and keys the schema does not declare), `items`, `allOf`, `maxLength`
/// and the `date-time` / `email` formats.
///
/// ZoomKit's tests have a checker of their own; test targets cannot share code, hence this one.
struct SchemaChecker {
    /// The problems of `value` against `schema`, each as `path: problem`.
    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        var problems: [String] = []
        check(value, schema, path, &problems)
        return problems
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        for part in schema["allOf"]?.arrayValue ?? [] {
            check(value, part.removingProperties, path, &problems)
        }
        if let type = schema["type"]?.stringValue, !Self.matches(value, type: type) {
            problems.append("\(path): is \(value.typeName), the schema says \(type)")
            return
        }
        if let allowed = schema["enum"]?.arrayValue, !allowed.contains(where: { Self.equal($0, value) }),
            !Self.isWeeklyDaysList(value, allowed, path)
        {
            problems.append("\(path): \(value.compactText) is not one of \(JSONValue.array(allowed).compactText)")
        }
        if case .string(let text) = value {
            if let maxLength = schema["maxLength"]?.intValue, text.count > maxLength {
                problems.append("\(path): \(text.count) characters, more than \(maxLength)")
            }
            switch schema["format"]?.stringValue {
            case "date-time" where ZoomDateTime.parts(text)?.utcOffset == nil:
                problems.append("\(path): '\(text)' is not a date-time with Z or an offset")
            case "email" where !text.contains("@"):
                problems.append("\(path): '\(text)' is not an email address")
            default: break
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { check(item, itemSchema, "\(path)[\(index)]", &problems) }
        }
        if case .object(let object) = value {
            let properties = Self.properties(of: schema)
            for (key, member) in object {
                if let propertySchema = properties[key] {
                    check(member, propertySchema, "\(path).\(key)", &problems)
                } else if !properties.isEmpty {
                    problems.append("\(path).\(key): not declared by the schema")
                }
            }
        }
    }

    /// The declared properties of an object schema, its `allOf` parts included.
    static func properties(of schema: JSONValue) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for (key, value) in schema["properties"]?.objectValue ?? JSONObject() { result[key] = value }
        for part in schema["allOf"]?.arrayValue ?? [] {
            result.merge(properties(of: part)) { first, _ in first }
        }
        return result
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .int),
            ("number", .int), ("number", .double), ("null", .null):
            return true
        case ("integer", .double(let number)):
            return number == number.rounded()
        default:
            return false
        }
    }

    /// `recurrence.weekly_days` is an enum of "1"…"7" in the spec, but its description (and
    /// Zoom) takes a comma list of them, like "2,5".
    static func isWeeklyDaysList(_ value: JSONValue, _ allowed: [JSONValue], _ path: String) -> Bool {
        guard path.hasSuffix(".weekly_days"), case .string(let text) = value else { return false }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in allowed.contains(.string(String(part))) }
    }

    static func equal(_ allowed: JSONValue, _ value: JSONValue) -> Bool {
        if allowed == value { return true }
        if let left = allowed.doubleValue, let right = value.doubleValue { return left == right }
        return false
    }
}

extension JSONValue {
    /// The schema without `properties` (the parent checks the keys of all parts together).
    fileprivate var removingProperties: JSONValue {
        guard case .object(var object) = self else { return self }
        object["properties"] = nil
        return .object(object)
    }
}
