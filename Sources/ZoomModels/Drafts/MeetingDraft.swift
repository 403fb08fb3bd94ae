import Foundation

/// The meeting body being built, one field at a time, for `create` or `update`.
///
/// Keys keep the order they were set in, and a body never carries a key that was not set.
public struct MeetingDraft: Sendable, Hashable {
    /// The fields set so far, as the JSON object they make.
    public private(set) var body: JSONObject
    /// The fields the draft checks paths and values against.
    public let catalog: MeetingFieldCatalog

    /// An empty draft.
    public init(catalog: MeetingFieldCatalog = .standard) {
        self.body = JSONObject()
        self.catalog = catalog
    }

    /// A draft holding `body` as it is (not checked; see `validate(for:)`).
    public init(body: JSONObject, catalog: MeetingFieldCatalog = .standard) {
        self.body = body
        self.catalog = catalog
    }

    public static func == (lhs: MeetingDraft, rhs: MeetingDraft) -> Bool { lhs.body == rhs.body }

    public func hash(into hasher: inout Hasher) { hasher.combine(body) }

    /// Whether nothing is set.
    public var isEmpty: Bool { body.isEmpty }

    /// The value at a path or alias, if set.
    public func value(at pathOrAlias: String) -> JSONValue? {
        let path = catalog.canonicalPath(pathOrAlias) ?? pathOrAlias
        return JSONValue.object(body).value(at: path.split(separator: ".").map(String.init))
    }

    /// The paths of every field that is set, leaves only (`settings.audio`, not `settings`),
    /// in the order they appear in the body.
    public var setPaths: [String] {
        var paths: [String] = []
        func walk(_ object: JSONObject, _ prefix: String) {
            for (key, value) in object {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                if case .object(let child) = value, catalog.field(exactPath: path)?.kind == .object, !child.isEmpty {
                    walk(child, path)
                } else {
                    paths.append(path)
                }
            }
        }
        walk(body, "")
        return paths
    }

    /// Sets a field from text typed by a person (see `MeetingField.parseValue`) and returns
    /// the field's path; the draft is unchanged when this throws.
    @discardableResult
    public mutating func set(_ pathOrAlias: String, text: String) throws(MeetingFieldError) -> String {
        let field = try field(pathOrAlias)
        set(field, try field.parseValue(text, catalog: catalog))
        return field.path
    }

    /// Sets a field to a JSON value after checking it against the field, and returns the
    /// field's path. Setting an object replaces it whole; setting a key inside an object adds
    /// to it. The draft is unchanged when this throws.
    @discardableResult
    public mutating func set(_ pathOrAlias: String, value: JSONValue) throws(MeetingFieldError) -> String {
        let field = try field(pathOrAlias)
        let issues = MeetingValidator(catalog: catalog).check(value, for: field, at: field.path, operation: nil)
        if let issue = issues.first {
            throw MeetingFieldError(
                kind: .invalidValue, path: field.path, value: value.compactText, allowed: field.enumNames,
                message: issue.pathMessage)
        }
        set(field, value)
        return field.path
    }

    /// Removes a field, and the objects around it that it leaves empty; returns whether it was set.
    @discardableResult
    public mutating func unset(_ pathOrAlias: String) throws(MeetingFieldError) -> Bool {
        let field = try field(pathOrAlias)
        guard value(at: field.path) != nil else { return false }
        var root = JSONValue.object(body)
        root.setValue(nil, at: field.components)
        body = root.objectValue ?? JSONObject()
        return true
    }

    /// Removes every field.
    public mutating func reset() { body = JSONObject() }

    /// The body to send for `operation`: every field that is set and that the operation
    /// accepts, plus the paths left out because it does not accept them (`default_password`
    /// on update, `settings.custom_keys` on create).
    public func requestBody(for operation: MeetingOperation) -> MeetingRequestBody {
        var root = JSONValue.object(body)
        var omitted: [String] = []
        for path in setPaths {
            guard let field = catalog.field(exactPath: path), !field.operations.allows(operation) else { continue }
            omitted.append(path)
            root.setValue(nil, at: field.components)
        }
        // Keys inside arrays of objects that the operation does not take (`join_url` on create).
        for field in catalog.fields where field.kind == .objectArray && field.operations.allows(operation) {
            guard case .array(let items)? = root.value(at: field.components) else { continue }
            let refused = Set(field.itemFields.filter { !$0.operations.allows(operation) }.map(\.path))
            guard !refused.isEmpty else { continue }
            let kept = items.map { item -> JSONValue in
                guard case .object(var object) = item else { return item }
                for key in object.keys where refused.contains(key) {
                    object[key] = nil
                    if !omitted.contains("\(field.path)[].\(key)") { omitted.append("\(field.path)[].\(key)") }
                }
                return .object(object)
            }
            root.setValue(.array(kept), at: field.components)
        }
        return MeetingRequestBody(body: root.objectValue ?? JSONObject(), omitted: omitted)
    }

    /// The issues of the body that `operation` would send (offline validation).
    public func validate(for operation: MeetingOperation) -> [MeetingValidationIssue] {
        MeetingValidator(catalog: catalog).validate(.object(requestBody(for: operation).body), for: operation)
    }

    private func field(_ pathOrAlias: String) throws(MeetingFieldError) -> MeetingField {
        guard let field = catalog.field(pathOrAlias) else { throw .unknownField(pathOrAlias, catalog: catalog) }
        return field
    }

    private mutating func set(_ field: MeetingField, _ value: JSONValue) {
        var root = JSONValue.object(body)
        // A parent that holds something other than an object (set by hand) is replaced.
        var prefix: [String] = []
        for component in field.components.dropLast() {
            prefix.append(component)
            if let existing = root.value(at: prefix), existing.objectValue == nil { root.setValue(nil, at: prefix) }
        }
        root.setValue(value, at: field.components)
        body = root.objectValue ?? JSONObject()
    }
}

/// A request body built from a draft, with the set fields the operation does not accept.
public struct MeetingRequestBody: Sendable, Hashable {
    /// The JSON object to send.
    public var body: JSONObject
    /// Paths that are set in the draft but left out of this body (`default_password` on update;
    /// `settings.authentication_exception[].join_url` for keys inside array items).
    public var omitted: [String]

    /// The body as a JSON value.
    public var json: JSONValue { .object(body) }
}
