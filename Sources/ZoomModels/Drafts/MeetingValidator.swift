import Foundation

/// Checks a meeting body offline, the way Zoom would: unknown keys, types, enums, lengths,
/// ranges, array sizes, required keys and the combinations of recurrence and meeting type.
///
/// Used by `validate` in the shell and by the sandbox to answer 400 / code 300 like Zoom.
public struct MeetingValidator: Sendable {
    /// The fields the bodies may have.
    public var catalog: MeetingFieldCatalog

    /// A validator over `catalog`.
    public init(catalog: MeetingFieldCatalog = .standard) {
        self.catalog = catalog
    }

    /// Every issue of `body` as the body of `operation` (create: POST, update: PATCH).
    public func validate(_ body: JSONValue, for operation: MeetingOperation) -> [MeetingValidationIssue] {
        guard case .object(let object) = body else {
            return [MeetingValidationIssue(path: "", message: "the body must be a JSON object, not \(body.typeName)")]
        }
        var issues: [MeetingValidationIssue] = []
        checkObject(object, parent: "", required: [], operation: operation, into: &issues)
        checkCombinations(object, operation: operation, into: &issues)
        return issues
    }

    /// The issues of one value for one field, at `path` (nested keys of objects are checked
    /// too). With a nil operation, a key is fine when either body accepts it.
    public func check(_ value: JSONValue, for field: MeetingField, at path: String, operation: MeetingOperation?)
        -> [MeetingValidationIssue]
    {
        var issues: [MeetingValidationIssue] = []
        check(value, field, path, operation, &issues)
        return issues
    }

    private func check(
        _ value: JSONValue, _ field: MeetingField, _ path: String, _ operation: MeetingOperation?,
        _ issues: inout [MeetingValidationIssue]
    ) {
        func fail(_ message: String) { issues.append(MeetingValidationIssue(path: path, message: message)) }
        func wrongType(_ expected: String) { fail("must be \(expected), not \(Self.describe(value))") }
        switch field.kind {
        case .boolean:
            if value.boolValue == nil { wrongType("a boolean (true or false)") }
        case .integer:
            guard case .int(let number) = value else { return wrongType("a whole number") }
            checkRange(number, field, fail)
        case .number:
            guard let number = value.doubleValue else { return wrongType("a number") }
            if let minimum = field.minimum, number < Double(minimum) { fail("is \(number), less than \(minimum)") }
            if let maximum = field.maximum, number > Double(maximum) { fail("is \(number), more than \(maximum)") }
        case .string:
            guard let text = value.stringValue else { return wrongType("a string") }
            checkString(text, field, fail)
        case .dateTime:
            guard let text = value.stringValue else { return wrongType("a date-time string") }
            if !ZoomDateTime.isValid(text) {
                fail(
                    "'\(text)' is not a date-time: use yyyy-MM-ddTHH:mm:ss (local to timezone) or "
                        + "yyyy-MM-ddTHH:mm:ssZ (UTC)"
                )
            }
        case .stringEnum:
            guard let text = value.stringValue else { return wrongType("a string") }
            checkStringEnum(text, field, fail)
        case .integerEnum:
            guard case .int(let number) = value else { return wrongType("one of \(field.allowedValuesText)") }
            if !field.enumValues.contains(where: { $0.value == .int(number) }) {
                fail("\(number) is not one of \(field.allowedValuesText)")
            }
        case .stringArray:
            guard let items = value.arrayValue else { return wrongType("an array of strings") }
            checkCount(items.count, field, fail)
            for (index, item) in items.enumerated() where item.stringValue == nil {
                issues.append(
                    MeetingValidationIssue(
                        path: "\(path)[\(index)]", message: "must be a string, not \(Self.describe(item))"))
            }
        case .objectArray:
            guard let items = value.arrayValue else { return wrongType("an array of objects") }
            checkCount(items.count, field, fail)
            for (index, item) in items.enumerated() {
                checkItem(item, of: field, at: "\(path)[\(index)]", operation, &issues)
            }
        case .object:
            guard case .object(let object) = value else { return wrongType("an object") }
            checkObject(object, parent: path, required: field.requiredKeys, operation: operation, into: &issues)
        }
    }

    private func checkObject(
        _ object: JSONObject, parent: String, required: [String], operation: MeetingOperation?,
        into issues: inout [MeetingValidationIssue]
    ) {
        for (key, value) in object {
            let path = parent.isEmpty ? key : "\(parent).\(key)"
            guard let field = catalog.field(exactPath: path) else {
                issues.append(MeetingValidationIssue(path: path, message: unknownKeyMessage(path, operation)))
                continue
            }
            if let operation, !field.operations.allows(operation) {
                issues.append(MeetingValidationIssue(path: path, message: Self.wrongOperationMessage(operation)))
                continue
            }
            check(value, field, path, operation, &issues)
        }
        for key in required where object[key] == nil {
            let path = parent.isEmpty ? key : "\(parent).\(key)"
            issues.append(
                MeetingValidationIssue(path: path, message: "is required in \(parent.isEmpty ? "the body" : parent)"))
        }
    }

    private func checkItem(
        _ item: JSONValue, of field: MeetingField, at path: String, _ operation: MeetingOperation?,
        _ issues: inout [MeetingValidationIssue]
    ) {
        guard case .object(let object) = item else {
            issues.append(MeetingValidationIssue(path: path, message: "must be an object, not \(Self.describe(item))"))
            return
        }
        for (key, value) in object {
            guard let itemField = field.itemField(key) else {
                let keys = field.itemFields.filter { operation.map($0.operations.allows) ?? true }.map(\.path)
                let message = "unknown key '\(key)': items of \(field.path) have \(keys.joined(separator: ", "))"
                issues.append(MeetingValidationIssue(path: "\(path).\(key)", message: message))
                continue
            }
            if let operation, !itemField.operations.allows(operation) {
                issues.append(
                    MeetingValidationIssue(path: "\(path).\(key)", message: Self.wrongOperationMessage(operation)))
                continue
            }
            check(value, itemField, "\(path).\(key)", operation, &issues)
        }
        for key in field.requiredKeys where object[key] == nil {
            issues.append(
                MeetingValidationIssue(path: "\(path).\(key)", message: "is required in each item of \(field.path)"))
        }
    }

    private func checkRange(_ number: Int64, _ field: MeetingField, _ fail: (String) -> Void) {
        switch (field.minimum, field.maximum) {
        case (let minimum?, let maximum?) where number < minimum || number > maximum:
            fail("\(number) is out of range: \(minimum) to \(maximum)\(field.isDuration ? " minutes" : "")")
        case (let minimum?, nil) where number < minimum: fail("\(number) is less than the minimum of \(minimum)")
        case (nil, let maximum?) where number > maximum: fail("\(number) is more than the maximum of \(maximum)")
        default: break
        }
    }

    private func checkString(_ text: String, _ field: MeetingField, _ fail: (String) -> Void) {
        let length = text.unicodeScalars.count
        if let maxLength = field.maxLength, length > maxLength {
            fail("is \(length) characters long, more than the maximum of \(maxLength)")
        }
        if field.format == "email", !Self.looksLikeEmail(text) {
            fail("'\(text)' is not an email address")
        }
        if field.path == "timezone", TimeZone(identifier: text) == nil {
            fail("'\(text)' is not a time zone ID (such as Europe/Madrid, America/New_York or UTC)")
        }
    }

    private func checkStringEnum(_ text: String, _ field: MeetingField, _ fail: (String) -> Void) {
        let allowed = field.enumValues.compactMap(\.value.stringValue)
        guard let separator = field.listSeparator else {
            if !allowed.contains(text) { fail("'\(text)' is not one of \(allowed.joined(separator: ", "))") }
            return
        }
        let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init)
        if text.isEmpty || parts.contains(where: { !allowed.contains($0) }) {
            let name = separator == "," ? "comma" : "'\(separator)'"
            fail("'\(text)' is not a \(name)-separated list of \(allowed.joined(separator: ", "))")
        } else if Set(parts).count != parts.count {
            fail("'\(text)' names a value twice")
        }
    }

    private func checkCount(_ count: Int, _ field: MeetingField, _ fail: (String) -> Void) {
        if let maxItems = field.maxItems, count > maxItems {
            fail("has \(count) items, more than the maximum of \(maxItems)")
        }
        if let minItems = field.minItems, count < minItems {
            fail("has \(count) items, fewer than the minimum of \(minItems)")
        }
    }

    private func unknownKeyMessage(_ path: String, _ operation: MeetingOperation?) -> String {
        let where_ = operation.map { "the body of \($0.requestDescription)" } ?? "the meeting body"
        let suggestions = catalog.suggestions(for: path)
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
        return "unknown field: not part of \(where_)\(hint)"
    }

    static func wrongOperationMessage(_ operation: MeetingOperation) -> String {
        switch operation {
        case .create: "is only accepted when updating (PATCH /meetings/{meetingId}), not when creating"
        case .update: "is only accepted when creating (POST /users/{userId}/meetings), not when updating"
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "the string '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .null: "null"
        case .array, .object: "an \(value.typeName)"
        default: "\(value.typeName) \(value.compactText)"
        }
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && !text.contains(where: \.isWhitespace)
    }
}
