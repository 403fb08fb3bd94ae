import Foundation
import Testing

@testable import ZoomKit

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
        func walk(_ schema: JSONValue, _ prefix: String, _ isCreate: Bool) {
            let checker = SchemaChecker(root: ZoomSpec.meetings!)
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
            let schema = specField.any
            #expect(field.kind == Self.kind(of: schema), "\(path): kind")
            #expect(field.enumValues.map(\.value) == (schema["enum"]?.arrayValue ?? []), "\(path): enum values")
            #expect(field.operations.contains(.create) == (specField.create != nil), "\(path): create")
            #expect(field.operations.contains(.update) == (specField.update != nil), "\(path): update")
            #expect(field.isDeprecated == (schema["deprecated"]?.boolValue ?? false), "\(path): deprecated")
            #expect(field.defaultValue == schema["default"], "\(path): default")
            #expect(field.maxLength == schema["maxLength"]?.intValue.map(Int.init), "\(path): maxLength")
            #expect(field.minItems == schema["minItems"]?.intValue.map(Int.init), "\(path): minItems")
            #expect(
                field.format == (schema["format"]?.stringValue).flatMap { $0 == "date-time" ? nil : $0 },
                "\(path): format")
            if let documented = Self.limitsFromDescriptions[path] {
                #expect(field.minimum == documented.minimum && field.maximum == documented.maximum, "\(path): range")
                #expect(field.maxItems == documented.maxItems, "\(path): maxItems")
                if let specMaximum = schema["maximum"]?.intValue {
                    #expect(documented.maximum == specMaximum || documented.maxItems == Int(specMaximum), "\(path)")
                }
            } else {
                #expect(field.minimum == schema["minimum"]?.intValue, "\(path): minimum")
                #expect(field.maximum == schema["maximum"]?.intValue, "\(path): maximum")
                #expect(field.maxItems == schema["maxItems"]?.intValue.map(Int.init), "\(path): maxItems")
            }
            var required = Set<String>()
            for side in [specField.create, specField.update].compactMap({ $0 }) {
                let holder = field.kind == .objectArray ? side["items"] : side
                required.formUnion(holder?["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            }
            #expect(Set(field.requiredKeys) == required, "\(path): required keys")
        }
    }

    @Test func enumFieldsHaveNamesForNumbers() {
        for field in MeetingFieldCatalog.standard.fields where field.kind == .integerEnum {
            let unnamed = field.enumValues.filter(\.names.isEmpty)
            #expect(unnamed.isEmpty, "\(field.path) has integer values without a friendly name")
        }
    }
}
