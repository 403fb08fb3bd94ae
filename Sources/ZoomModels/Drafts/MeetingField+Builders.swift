import Foundation

// Short constructors used by the catalog tables.
extension MeetingField {
    static func boolean(
        _ path: String, _ summary: String, default defaultValue: Bool? = nil, deprecated: Bool = false,
        _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(
            path: path, kind: .boolean, summary: summary, defaultValue: defaultValue.map(JSONValue.bool),
            isDeprecated: deprecated, operations: operations)
    }

    static func integer(
        _ path: String, _ summary: String, min: Int64? = nil, max: Int64? = nil, default defaultValue: Int64? = nil,
        duration: Bool = false, _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(
            path: path, kind: .integer, summary: summary, minimum: min, maximum: max,
            defaultValue: defaultValue.map(JSONValue.int), operations: operations, isDuration: duration)
    }

    static func string(
        _ path: String, _ summary: String, maxLength: Int? = nil, format: String? = nil, deprecated: Bool = false,
        aliases: [String] = [], _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(
            path: path, kind: .string, summary: summary, maxLength: maxLength, isDeprecated: deprecated,
            operations: operations, format: format, aliases: aliases)
    }

    static func dateTime(_ path: String, _ summary: String, aliases: [String] = []) -> MeetingField {
        MeetingField(path: path, kind: .dateTime, summary: summary, aliases: aliases)
    }

    static func integerEnum(
        _ path: String, _ summary: String, default defaultValue: Int64? = nil, _ values: [MeetingFieldEnumValue],
        _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(
            path: path, kind: .integerEnum, summary: summary, enumValues: values,
            defaultValue: defaultValue.map(JSONValue.int), operations: operations)
    }

    static func stringEnum(
        _ path: String, _ summary: String, default defaultValue: String? = nil, _ values: [MeetingFieldEnumValue],
        listSeparator: String? = nil, _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(
            path: path, kind: .stringEnum, summary: summary, enumValues: values,
            defaultValue: defaultValue.map(JSONValue.string), operations: operations, listSeparator: listSeparator)
    }

    static func stringArray(
        _ path: String, _ summary: String, maxItems: Int? = nil, _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(path: path, kind: .stringArray, summary: summary, maxItems: maxItems, operations: operations)
    }

    static func objectArray(
        _ path: String, _ summary: String, items: [MeetingField], required: [String] = [], minItems: Int? = nil,
        maxItems: Int? = nil, _ operations: MeetingOperations = .both
    ) -> MeetingField {
        // An item's key goes where its array goes.
        let items = items.map { item in
            var item = item
            item.operations.formIntersection(operations)
            return item
        }
        return MeetingField(
            path: path, kind: .objectArray, summary: summary, minItems: minItems, maxItems: maxItems,
            operations: operations, requiredKeys: required, itemFields: items)
    }

    static func object(
        _ path: String, _ summary: String, required: [String] = [], _ operations: MeetingOperations = .both
    ) -> MeetingField {
        MeetingField(path: path, kind: .object, summary: summary, operations: operations, requiredKeys: required)
    }
}

extension MeetingFieldEnumValue {
    /// An integer enum value.
    static func int(_ value: Int64, _ names: String..., summary: String) -> MeetingFieldEnumValue {
        MeetingFieldEnumValue(.int(value), names: names, summary)
    }

    /// A string enum value.
    static func text(_ value: String, _ names: String..., summary: String) -> MeetingFieldEnumValue {
        MeetingFieldEnumValue(.string(value), names: names, summary)
    }

    /// The weekdays as Zoom numbers them (1 = Sunday … 7 = Saturday), as integers.
    static let weekdayNumbers: [MeetingFieldEnumValue] = weekdayNames.enumerated().map { index, names in
        MeetingFieldEnumValue(.int(Int64(index + 1)), names: names, names[0].capitalized)
    }

    /// The weekdays as Zoom numbers them, as strings (`recurrence.weekly_days`).
    static let weekdayStrings: [MeetingFieldEnumValue] = weekdayNames.enumerated().map { index, names in
        MeetingFieldEnumValue(.string(String(index + 1)), names: names, names[0].capitalized)
    }

    static let weekdayNames: [[String]] = [
        ["sunday", "sun", "su"], ["monday", "mon", "mo"], ["tuesday", "tue", "tues", "tu"],
        ["wednesday", "wed", "we"], ["thursday", "thu", "thur", "thurs", "th"], ["friday", "fri", "fr"],
        ["saturday", "sat", "sa"],
    ]
}
