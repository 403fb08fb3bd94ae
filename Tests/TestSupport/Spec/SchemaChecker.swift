import ZoomModels

/// A small JSON Schema checker for the schemas of Zoom's OpenAPI specs, the tests' own (never
/// ZoomModels' validator, which the client and the sandbox share): `$ref`, `allOf`, `type`,
/// `enum`, `maxLength`/`minLength`, `minimum`/`maximum`, `maxItems`/`minItems`, the
/// `date-time` and `email` formats, `properties` (keys not among them are refused), `required`
/// and `items`.
///
/// It checks both directions: the bodies the client sends against the request schemas, and the
/// sandbox's answers against the response schemas.
public struct SchemaChecker: Sendable {
    /// What is checked: the two differ only where Zoom's documentation says more than its schemas.
    public enum Bodies: Sendable {
        /// Request bodies: a `start_time` may be local (`yyyy-MM-ddTHH:mm:ss`, beside a `timezone`).
        case requests
        /// Answers: every date-time has a `Z` or an offset.
        case responses
    }

    /// The document `$ref`s point into.
    public let root: JSONValue
    /// Paths of string enums that Zoom documents as comma lists of the enum's values
    /// (`recurrence.weekly_days` = `"1,3"`); a path matches at the end of a longer one too
    /// (`meetings[0].recurrence.weekly_days`).
    public var commaListEnums: Set<String> = ["recurrence.weekly_days"]
    /// Paths of date-times that may be local, without `Z` or an offset (matched like
    /// ``commaListEnums``).
    public var localDateTimes: Set<String>

    /// A checker of `bodies` against schemas in `root` (the spec document, for `$ref`s).
    public init(root: JSONValue = .null, for bodies: Bodies) {
        self.root = root
        switch bodies {
        case .requests: localDateTimes = ["start_time"]
        case .responses: localDateTimes = []
        }
    }

    /// `schema` with a `$ref` followed (repeatedly).
    public func resolve(_ schema: JSONValue) -> JSONValue {
        Self.resolve(schema, in: root)
    }

    /// `schema` with a `$ref` into `root` followed (repeatedly).
    public static func resolve(_ schema: JSONValue, in root: JSONValue) -> JSONValue {
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

    /// The problems of `value` against `schema`, each as `path: message` (the path of the body
    /// itself is `(body)`).
    public func check(_ value: JSONValue, _ schema: JSONValue, path: String = "") -> [String] {
        let schema = resolve(schema)
        var problems: [String] = []
        let label = path.isEmpty ? "(body)" : path
        if schema["allOf"] != nil {
            return check(value, merged(schema), path: path)
        }
        if let type = schema["type"]?.stringValue, !Self.matches(value, type) {
            return ["\(label): expected \(type), got \(value.typeName)"]
        }
        if let allowed = schema["enum"]?.arrayValue {
            if isListed(path, in: commaListEnums), let text = value.stringValue {
                let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
                    JSONValue.string(String($0))
                }
                if parts.contains(where: { !allowed.contains($0) }) {
                    problems.append("\(label): \(text) is not a comma list of \(allowed.map(\.compactText))")
                }
            } else if !allowed.contains(where: { Self.equal($0, value) }) {
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
            switch schema["format"]?.stringValue {
            case "date-time" where ZoomDateTime.parts(text) == nil:
                problems.append("\(label): '\(text)' is not a date-time")
            case "date-time" where ZoomDateTime.parts(text)?.utcOffset == nil && !isListed(path, in: localDateTimes):
                problems.append("\(label): '\(text)' is not a date-time with Z or an offset")
            case "email" where !text.contains("@"):
                problems.append("\(label): '\(text)' is not an email address")
            default: break
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

    /// A schema with `allOf` as one schema: the keywords of the schema and of its parts
    /// (nested ones too), their `properties` together, so that a key of one part is not
    /// "unknown" to another (a property two parts declare must match both), and their `required`
    /// keys together.
    private func merged(_ schema: JSONValue) -> JSONValue {
        func flattened(_ schema: JSONValue) -> [JSONValue] {
            let schema = resolve(schema)
            guard let parts = schema["allOf"]?.arrayValue, case .object(var own) = schema else { return [schema] }
            own["allOf"] = nil
            return [.object(own)] + parts.flatMap(flattened)
        }
        var merged = JSONObject()
        var properties = JSONObject()
        var required: [JSONValue] = []
        for part in flattened(schema) {
            for (key, item) in part.objectValue ?? JSONObject() where key != "properties" && key != "required" {
                merged[key] = item
            }
            for (key, item) in part["properties"]?.objectValue ?? JSONObject() {
                properties[key] = properties[key].map { ["allOf": [$0, item]] } ?? item
            }
            required += part["required"]?.arrayValue ?? []
        }
        if !properties.isEmpty { merged["properties"] = .object(properties) }
        if !required.isEmpty { merged["required"] = .array(required) }
        return .object(merged)
    }

    /// Whether `path` is one of `paths`, or ends with one.
    private func isListed(_ path: String, in paths: Set<String>) -> Bool {
        paths.contains { path == $0 || path.hasSuffix(".\($0)") }
    }

    /// Whether `value` is of the JSON schema type `type` (an integral double is an integer).
    public static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .int),
            ("number", .int), ("number", .double), ("null", .null):
            true
        case ("integer", .double(let number)): number == number.rounded()
        default: false
        }
    }

    /// Whether an enum's `allowed` value is `value`, numbers compared by value (`2` is `2.0`).
    static func equal(_ allowed: JSONValue, _ value: JSONValue) -> Bool {
        if allowed == value { return true }
        if let left = allowed.doubleValue, let right = value.doubleValue { return left == right }
        return false
    }
}
