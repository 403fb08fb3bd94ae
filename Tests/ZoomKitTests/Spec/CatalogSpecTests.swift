import Foundation
import TestSupport
import Testing

@testable import ZoomModels

/// The catalog against Zoom's spec: every property of the create and update request bodies
/// is in the catalog with the same kind, enum, limits, default, deprecation, required keys and
/// operations, and every catalog field is in the spec.
@Suite(.enabled(if: ZoomSpec.isAvailable, ZoomSpec.skipNote))
struct CatalogSpecTests {
    /// Limits the spec gives only in a description (or on the wrong keyword), as the catalog has them.
    static let limitsFromDescriptions: [String: (minimum: Int64?, maximum: Int64?, maxItems: Int?)] = [
        // "The value range is from 1 to 31."
        "recurrence.monthly_day": (1, 31, nil),
        // "For a daily meeting, the maximum … is 99 days … weekly … 50 … monthly … 10": the
        // per-type limits are a validation rule; the field's own range is 1 to the largest.
        "recurrence.repeat_interval": (1, 99, nil),
        // Schema: maximum 60. Description: "If end_times is set to 0, it means there is no end time."
        "recurrence.end_times": (0, 60, nil),
        // Schema: "maximum": 20 on an array, i.e. at most 20 interpreters.
        "settings.sign_language_interpretation.interpreters": (nil, nil, 20),
    ]

    struct SpecField {
        var create: JSONValue?
        var update: JSONValue?
        var any: JSONValue { create ?? update ?? .null }
    }

    /// Every property path of both request schemas (`a.b`, items' keys as `a[].b`).
    static func specFields() throws -> [String: SpecField] {
        var fields: [String: SpecField] = [:]
        let checker = SchemaChecker(
            root: try #require(ZoomSpec.meetings, "\(ZoomSpec.meetingsURL.path) is not JSON"), for: .requests)
        func walk(_ schema: JSONValue, _ prefix: String, _ isCreate: Bool) {
            for (key, property) in checker.resolve(schema)["properties"]?.objectValue ?? JSONObject() {
                let property = checker.resolve(property)
                let path = prefix + key
                if isCreate {
                    fields[path, default: SpecField()].create = property
                } else {
                    fields[path, default: SpecField()].update = property
                }
                if property["properties"] != nil { walk(property, path + ".", isCreate) }
                if let items = property["items"].map(checker.resolve), items["properties"] != nil {
                    walk(items, path + "[].", isCreate)
                }
            }
        }
        walk(try #require(ZoomSpec.createSchema), "", true)
        walk(try #require(ZoomSpec.updateSchema), "", false)
        return fields
    }

    /// Every catalog field, with array items' fields as `a[].b`.
    static func catalogFields() -> [String: MeetingField] {
        var fields: [String: MeetingField] = [:]
        func add(_ field: MeetingField, _ path: String) {
            fields[path] = field
            for item in field.itemFields { add(item, "\(path)[].\(item.path)") }
        }
        for field in MeetingFieldCatalog.standard.fields { add(field, field.path) }
        return fields
    }

    static func kind(of schema: JSONValue) -> MeetingFieldKind? {
        let hasEnum = schema["enum"] != nil
        switch schema["type"]?.stringValue {
        case "boolean": return .boolean
        case "integer": return hasEnum ? .integerEnum : .integer
        case "number": return .number
        case "string":
            if hasEnum { return .stringEnum }
            return schema["format"]?.stringValue == "date-time" ? .dateTime : .string
        case "array": return schema["items"]?["type"]?.stringValue == "object" ? .objectArray : .stringArray
        case "object": return .object
        default: return nil
        }
    }

    @Test func everySpecPropertyIsInTheCatalogAndBack() throws {
        let spec = try Self.specFields()
        let catalog = Self.catalogFields()
        let missing = Set(spec.keys).subtracting(catalog.keys).sorted()
        let extra = Set(catalog.keys).subtracting(spec.keys).sorted()
        #expect(missing.isEmpty, "in the spec but not in the catalog: \(missing)")
        #expect(extra.isEmpty, "in the catalog but not in the spec: \(extra)")
        #expect(
            MeetingFieldCatalog.standard.children(of: "settings").filter { $0.operations.allows(.create) }.count == 63)
    }

    @Test func kindsEnumsLimitsDefaultsAndOperationsMatchTheSpec() throws {
        let spec = try Self.specFields()
        for (path, field) in Self.catalogFields().sorted(by: { $0.key < $1.key }) {
            guard let specField = spec[path] else { continue }
            #expect(field.operations.contains(.create) == (specField.create != nil), "\(path): create")
            #expect(field.operations.contains(.update) == (specField.update != nil), "\(path): update")
            // A default is what Zoom applies when a create leaves the key out; PATCH leaves an
            // absent key alone, so the update schema's defaults count only for update-only keys.
            #expect(field.defaultValue == specField.any["default"], "\(path): default")
            // Everything else must hold for the POST and the PATCH schema alike.
            for (operation, schema) in [("create", specField.create), ("update", specField.update)] {
                guard let schema else { continue }
                Self.expectSameShape(field, at: path, as: schema, operation: operation)
            }
        }
    }

    /// Kind, enum, deprecation, format and limits of the catalog's `field` at `path` against
    /// one operation's schema.
    static func expectSameShape(_ field: MeetingField, at path: String, as schema: JSONValue, operation: String) {
        let label = "\(path) (\(operation))"
        #expect(field.kind == kind(of: schema), "\(label): kind")
        #expect(field.enumValues.map(\.value) == (schema["enum"]?.arrayValue ?? []), "\(label): enum values")
        #expect(field.isDeprecated == (schema["deprecated"]?.boolValue ?? false), "\(label): deprecated")
        #expect(field.maxLength == schema["maxLength"]?.intValue.map(Int.init), "\(label): maxLength")
        #expect(schema["minLength"] == nil, "\(label): a minLength the catalog does not model")
        #expect(field.minItems == schema["minItems"]?.intValue.map(Int.init), "\(label): minItems")
        #expect(
            field.format == (schema["format"]?.stringValue).flatMap { $0 == "date-time" ? nil : $0 },
            "\(label): format")
        if let documented = limitsFromDescriptions[path] {
            #expect(field.minimum == documented.minimum && field.maximum == documented.maximum, "\(label): range")
            #expect(field.maxItems == documented.maxItems, "\(label): maxItems")
            if let specMaximum = schema["maximum"]?.intValue {
                #expect(documented.maximum == specMaximum || documented.maxItems == Int(specMaximum), "\(label)")
            }
        } else {
            #expect(field.minimum == schema["minimum"]?.intValue, "\(label): minimum")
            #expect(field.maximum == schema["maximum"]?.intValue, "\(label): maximum")
            #expect(field.maxItems == schema["maxItems"]?.intValue.map(Int.init), "\(label): maxItems")
        }
    }

    @Test func requiredKeysMatchTheSpec() throws {
        let spec = try Self.specFields()
        for (path, field) in Self.catalogFields().sorted(by: { $0.key < $1.key }) {
            guard let specField = spec[path] else { continue }
            var required = Set<String>()
            for side in [specField.create, specField.update].compactMap({ $0 }) {
                let holder = field.kind == .objectArray ? side["items"] : side
                required.formUnion(holder?["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            }
            #expect(Set(field.requiredKeys) == required, "\(path): required keys")
        }
    }
}
