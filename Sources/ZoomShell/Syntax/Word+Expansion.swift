import ZoomModels

/// Where expansion finds variable values: the interpreter's variables, `$1`…, `$#`, `$@`, `$?`.
public protocol VariableProvider {
    /// The value of the variable `name` (no `$`, no path), or nil when it is not set.
    func value(of name: String) -> JSONValue?
    /// The names that are set, used to suggest a near name when one is not.
    var variableNames: [String] { get }
}

/// A `VariableProvider` over a closure (and optionally the set names for suggestions).
public struct ClosureVariableProvider: VariableProvider {
    private let lookup: (String) -> JSONValue?
    /// The names that are set.
    public let variableNames: [String]

    /// A provider that asks `lookup` for each name.
    public init(names: [String] = [], lookup: @escaping (String) -> JSONValue?) {
        self.lookup = lookup
        self.variableNames = names
    }

    /// The value from the closure.
    public func value(of name: String) -> JSONValue? { lookup(name) }
}

/// A variable that has no value, or a path that leads nowhere in its JSON value.
public struct ExpansionError: Error, Sendable, CustomStringConvertible {
    /// The reference that failed.
    public var reference: VariableReference
    /// What went wrong (`unset variable '$nme': did you mean '$name'?`).
    public var message: String

    /// An error from its parts.
    public init(reference: VariableReference, message: String) {
        self.reference = reference
        self.message = message
    }

    /// Where the reference is.
    public var location: SourceLocation { reference.location }

    /// `FILE:LINE:COL: message`.
    public var description: String { "\(reference.location): \(message)" }
}

extension VariableReference {
    /// The JSON value of the reference: the variable's value, then each path component as an
    /// object key or (when numeric, on an array) an index.
    public func resolve(in variables: some VariableProvider) throws -> JSONValue {
        guard var current = variables.value(of: name) else {
            let hint = DidYouMean.hint(for: name, among: variables.variableNames, quote: { "'$\($0)'" })
            throw ExpansionError(reference: self, message: "unset variable '$\(name)'\(hint)")
        }
        var walked = "$" + name
        for component in path {
            switch current {
            case .object(let object):
                guard let next = object[component] else {
                    let hint = DidYouMean.hint(for: component, among: object.keys)
                    let fields = object.isEmpty ? "it is an empty object" : "fields: " + Self.list(object.keys)
                    throw ExpansionError(
                        reference: self,
                        message: "'\(walked)' has no field '\(component)'\(hint.isEmpty ? " (\(fields))" : hint)")
                }
                current = next
            case .array(let items):
                guard let index = Int(component), component.utf8.allSatisfy({ (48...57).contains($0) }) else {
                    throw ExpansionError(
                        reference: self,
                        message: "'\(walked)' is an array: '\(component)' must be an index from 0 to \(items.count - 1)"
                    )
                }
                guard items.indices.contains(index) else {
                    let size = items.count == 1 ? "1 element" : "\(items.count) elements"
                    throw ExpansionError(
                        reference: self, message: "index \(index) is out of range: '\(walked)' has \(size)")
                }
                current = items[index]
            default:
                throw ExpansionError(
                    reference: self,
                    message: "'\(walked)' is \(Self.article(current.typeName)), it has no field '\(component)'")
            }
            walked += "." + component
        }
        return current
    }

    private static func list(_ keys: [String]) -> String {
        keys.count <= 12 ? keys.joined(separator: ", ") : keys.prefix(12).joined(separator: ", ") + ", …"
    }

    private static func article(_ typeName: String) -> String {
        (typeName.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + typeName
    }
}

extension Word {
    /// The word as text: literals as written, each reference as its value's plain text
    /// (strings without quotes, other JSON compact).
    public func expandedText(in variables: some VariableProvider) throws -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text, _): result += text
            case .variable(let reference, _): result += try reference.resolve(in: variables).plainText
            }
        }
        return result
    }

    /// The word as a value: a sole bare `$var` keeps its JSON (so `let m = $last` keeps the
    /// object); every other word is a `.string` of its expanded text.
    public func expandedValue(in variables: some VariableProvider) throws -> JSONValue {
        if let reference = soleVariable { return try reference.resolve(in: variables) }
        return .string(try expandedText(in: variables))
    }

    /// `expandedText(in:)` with a closure lookup.
    public func expandedText(lookup: (String) -> JSONValue?) throws -> String {
        try withoutActuallyEscaping(lookup) { try expandedText(in: ClosureVariableProvider(lookup: $0)) }
    }

    /// `expandedValue(in:)` with a closure lookup.
    public func expandedValue(lookup: (String) -> JSONValue?) throws -> JSONValue {
        try withoutActuallyEscaping(lookup) { try expandedValue(in: ClosureVariableProvider(lookup: $0)) }
    }
}

extension Array where Element == Word {
    /// Several words as one value: one word keeps `expandedValue` (JSON for a sole `$var`),
    /// several are their expanded texts joined by single spaces.
    public func expandedValue(in variables: some VariableProvider) throws -> JSONValue {
        if count == 1 { return try self[0].expandedValue(in: variables) }
        return .string(try expandedText(in: variables))
    }

    /// The expanded texts joined by single spaces.
    public func expandedText(in variables: some VariableProvider) throws -> String {
        try map { try $0.expandedText(in: variables) }.joined(separator: " ")
    }
}
