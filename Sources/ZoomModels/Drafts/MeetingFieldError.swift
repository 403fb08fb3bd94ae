import Foundation

/// A field name or a value that a meeting draft refuses, with what is allowed.
public struct MeetingFieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The path names no field of the meeting bodies.
        case unknownField
        /// The value does not fit the field.
        case invalidValue
    }

    /// What was wrong.
    public var kind: Kind
    /// The field's path (as typed, for an unknown field).
    public var path: String
    /// The refused value as typed, if any.
    public var value: String?
    /// The allowed values or close field names, when there is a short list.
    public var allowed: [String]
    /// The whole sentence: `settings.audio: 'voice' is not one of both, telephony, voip, thirdParty`.
    public var message: String

    /// An error.
    public init(kind: Kind, path: String, value: String? = nil, allowed: [String] = [], message: String) {
        self.kind = kind
        self.path = path
        self.value = value
        self.allowed = allowed
        self.message = message
    }

    public var description: String { message }

    static func unknownField(_ path: String, catalog: MeetingFieldCatalog) -> MeetingFieldError {
        let suggestions = catalog.suggestions(for: path)
        var message = "unknown field '\(path)': not a field of Zoom's meeting body"
        if !suggestions.isEmpty { message += " (did you mean \(suggestions.joined(separator: ", "))?)" }
        return MeetingFieldError(kind: .unknownField, path: path, allowed: suggestions, message: message)
    }

    static func invalid(_ field: MeetingField, _ text: String, _ reason: String, allowed: [String] = [])
        -> MeetingFieldError
    {
        MeetingFieldError(
            kind: .invalidValue, path: field.path, value: text, allowed: allowed, message: "\(field.path): \(reason)")
    }
}
