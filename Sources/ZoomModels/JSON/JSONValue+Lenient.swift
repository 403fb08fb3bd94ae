import Foundation

// Lenient reads for the typed models (here and in ZoomKit's list pages): a value of an
// unexpected type reads as absent instead of failing the whole decode.
extension JSONValue {
    /// The string, or the text of a number (Zoom sends `pmi` both ways).
    package var lenientString: String? {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        default: nil
        }
    }

    /// The integer, or the integer in a string of digits.
    package var lenientInt64: Int64? {
        switch self {
        case .string(let text): Int64(text)
        default: intValue
        }
    }

    /// The integer as `Int`, if it fits.
    package var lenientInt: Int? { lenientInt64.flatMap { Int(exactly: $0) } }

    /// The boolean.
    package var lenientBool: Bool? { boolValue }

    /// The strings of an array (non-strings skipped).
    package var lenientStrings: [String]? { arrayValue?.compactMap(\.stringValue) }
}

/// An answer from Zoom that is not the object a model expects.
public struct ZoomModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was expected and what came.
    public var message: String

    /// An error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// A model read leniently from Zoom's JSON that keeps the JSON it came from.
public protocol ZoomModel: Sendable, Decodable {
    /// Reads the model from Zoom's JSON; unknown keys are ignored, missing optional keys are nil.
    init(json: JSONValue) throws(ZoomModelError)
    /// The JSON the model was read from, with every key Zoom sent.
    var raw: JSONValue { get }
}

extension ZoomModel {
    /// Decodes through `JSONValue`, leniently.
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    /// Reads the model from a JSON body.
    public init(data: Data) throws {
        try self.init(json: JSONValue(parsing: data))
    }
}

/// Any JSON value is a model of itself: a listing's items kept as Zoom sent them.
extension JSONValue: ZoomModel {
    public init(json: JSONValue) throws(ZoomModelError) { self = json }
    public var raw: JSONValue { self }
}
