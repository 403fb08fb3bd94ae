import Foundation

/// How the value of a meeting field is typed in Zoom's request body.
public enum MeetingFieldKind: String, Sendable, Hashable, CaseIterable {
    /// `true` or `false`.
    case boolean
    /// A whole number.
    case integer
    /// Any number.
    case number
    /// Free text.
    case string
    /// A `yyyy-MM-ddTHH:mm:ss[Z]` string.
    case dateTime = "date-time"
    /// One string out of a fixed set (or, for `recurrence.weekly_days`, a comma list of them).
    case stringEnum = "string enum"
    /// One integer out of a fixed set.
    case integerEnum = "integer enum"
    /// An array of strings.
    case stringArray = "array of strings"
    /// An array of objects, each described by `MeetingField.itemFields`.
    case objectArray = "array of objects"
    /// An object whose keys are fields of their own (`settings.breakout_room.enable`).
    case object
}

/// A request that carries a meeting body: `POST /users/{userId}/meetings` or `PATCH /meetings/{meetingId}`.
public enum MeetingOperation: String, Sendable, Hashable, CaseIterable {
    /// Create a meeting (`POST /users/{userId}/meetings`).
    case create
    /// Update a meeting (`PATCH /meetings/{meetingId}`).
    case update

    /// The HTTP request, for messages (`POST /users/{userId}/meetings`).
    public var requestDescription: String {
        switch self {
        case .create: "POST /users/{userId}/meetings"
        case .update: "PATCH /meetings/{meetingId}"
        }
    }
}

/// The set of operations whose body accepts a field.
public struct MeetingOperations: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Accepted when creating.
    public static let create = MeetingOperations(rawValue: 1)
    /// Accepted when updating.
    public static let update = MeetingOperations(rawValue: 2)
    /// Accepted by both.
    public static let both: MeetingOperations = [.create, .update]

    /// Whether `operation` accepts the field.
    public func allows(_ operation: MeetingOperation) -> Bool {
        switch operation {
        case .create: contains(.create)
        case .update: contains(.update)
        }
    }
}

/// One allowed value of an enum field, with the friendly names people may type for it.
public struct MeetingFieldEnumValue: Sendable, Hashable {
    /// The value Zoom expects: `.int` for integer enums, `.string` for string enums.
    public var value: JSONValue
    /// Friendly names (`recurring-fixed`), the preferred one first; may be empty.
    public var names: [String]
    /// A few words on what the value means.
    public var summary: String

    /// An enum value.
    public init(_ value: JSONValue, names: [String] = [], _ summary: String) {
        self.value = value
        self.names = names
        self.summary = summary
    }

    /// The preferred name, or the value itself when it has no friendly name.
    public var displayName: String { names.first ?? value.plainText }

    /// `recurring-fixed (8)` for integer enums with a name; the value otherwise.
    public var label: String {
        if case .int(let number) = value, let name = names.first { return "\(name) (\(number))" }
        return value.plainText
    }
}

/// A field of Zoom's meeting create (or update) body: where it is, how it is typed, what it allows.
public struct MeetingField: Sendable, Hashable {
    /// The dotted path (`settings.waiting_room_options.mode`); for an array item's field, its key.
    public var path: String
    /// How the value is typed.
    public var kind: MeetingFieldKind
    /// One line on what the field does (condensed from Zoom's spec).
    public var summary: String
    /// The allowed values of an enum field.
    public var enumValues: [MeetingFieldEnumValue]
    /// The smallest allowed integer.
    public var minimum: Int64?
    /// The largest allowed integer.
    public var maximum: Int64?
    /// The longest allowed string, in Unicode scalars.
    public var maxLength: Int?
    /// The fewest items of an array.
    public var minItems: Int?
    /// The most items of an array.
    public var maxItems: Int?
    /// What Zoom uses when the field is absent, if the spec says.
    public var defaultValue: JSONValue?
    /// Whether Zoom marks the field deprecated.
    public var isDeprecated: Bool
    /// Which bodies accept the field.
    public var operations: MeetingOperations
    /// Keys an object (or each object of an array) must have.
    public var requiredKeys: [String]
    /// For an array of objects: the fields of each item (their paths are bare keys).
    public var itemFields: [MeetingField]
    /// A string format (`email`), if any.
    public var format: String?
    /// For an enum string that takes a list (`recurrence.weekly_days` = `"2,4"`): the separator.
    public var listSeparator: String?
    /// Whether an integer counts minutes, so that `1h30m` is accepted.
    public var isDuration: Bool
    /// Other names people may type for the field (`start`, `tz`, `passcode`).
    public var aliases: [String]

    /// A field.
    public init(
        path: String, kind: MeetingFieldKind, summary: String, enumValues: [MeetingFieldEnumValue] = [],
        minimum: Int64? = nil, maximum: Int64? = nil, maxLength: Int? = nil, minItems: Int? = nil,
        maxItems: Int? = nil, defaultValue: JSONValue? = nil, isDeprecated: Bool = false,
        operations: MeetingOperations = .both, requiredKeys: [String] = [], itemFields: [MeetingField] = [],
        format: String? = nil, listSeparator: String? = nil, isDuration: Bool = false, aliases: [String] = []
    ) {
        self.path = path
        self.kind = kind
        self.summary = summary
        self.enumValues = enumValues
        self.minimum = minimum
        self.maximum = maximum
        self.maxLength = maxLength
        self.minItems = minItems
        self.maxItems = maxItems
        self.defaultValue = defaultValue
        self.isDeprecated = isDeprecated
        self.operations = operations
        self.requiredKeys = requiredKeys
        self.itemFields = itemFields
        self.format = format
        self.listSeparator = listSeparator
        self.isDuration = isDuration
        self.aliases = aliases
    }

    /// The last component of the path (`mode` for `settings.waiting_room_options.mode`).
    public var key: String { path.split(separator: ".").last.map(String.init) ?? path }

    /// The path of the enclosing object, or "" for a top-level field.
    public var parentPath: String {
        guard let dot = path.lastIndex(of: ".") else { return "" }
        return String(path[..<dot])
    }

    /// The path as components (`["settings", "audio"]`).
    public var components: [String] { path.split(separator: ".").map(String.init) }

    /// Whether only the create body accepts the field.
    public var isCreateOnly: Bool { operations == .create }
    /// Whether only the update body accepts the field.
    public var isUpdateOnly: Bool { operations == .update }

    /// The item field with this key, for an array of objects.
    public func itemField(_ key: String) -> MeetingField? { itemFields.first { $0.path == key } }

    /// The enum value that a name or a value stands for (`recurring-fixed`, `8`, `VoIP`).
    public func enumValue(named text: String) -> MeetingFieldEnumValue? {
        let wanted = Self.normalizedName(text)
        return enumValues.first { candidate in
            Self.normalizedName(candidate.value.plainText) == wanted
                || candidate.names.contains { Self.normalizedName($0) == wanted }
        }
    }

    /// The names people may use for the allowed values, friendly names first.
    public var enumNames: [String] {
        var names: [String] = []
        for value in enumValues {
            for name in value.names + [value.value.plainText] where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `recurring-fixed (8), …` or `both, telephony, …`: the allowed values for messages.
    public var allowedValuesText: String {
        enumValues.map(\.label).joined(separator: ", ")
    }

    static func normalizedName(_ text: String) -> String {
        String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }
}
