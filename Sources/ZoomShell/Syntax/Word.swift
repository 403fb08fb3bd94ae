/// How a piece of a word was written.
public enum Quoting: Sendable, Hashable {
    /// Bare text.
    case none
    /// Inside `'…'`: literal, no escapes, no variables.
    case single
    /// Inside `"…"`: escapes and variables.
    case double
}

/// A `$name`, `${name}`, `$name.field.0`, `$1` or special (`$#`, `$@`, `$?`) reference.
///
/// The parser only records references; the interpreter gives them values at run time.
/// Names are ASCII letters, digits and `_`, not starting with a digit; all-digit names are
/// script arguments; `#`, `@`, `?` are the special names (argument count, all arguments, last
/// status — the interpreter provides them).
public struct VariableReference: Sendable, Hashable, CustomStringConvertible {
    /// The variable name (`last`, `1`, `#`).
    public var name: String
    /// Fields or array indices after the name (`$last.occurrences.0.start_time`).
    public var path: [String]
    /// Whether written as `${…}`.
    public var isBraced: Bool
    /// Where the `$` is.
    public var location: SourceLocation

    /// A reference from its parts.
    public init(name: String, path: [String] = [], isBraced: Bool = false, location: SourceLocation) {
        self.name = name
        self.path = path
        self.isBraced = isBraced
        self.location = location
    }

    /// The script argument number for `$1`, `$2`…, else nil.
    public var argumentIndex: Int? {
        !name.isEmpty && name.utf8.allSatisfy { (48...57).contains($0) } ? Int(name) : nil
    }

    /// Whether this is `$#`, `$@` or `$?`.
    public var isSpecial: Bool { name == "#" || name == "@" || name == "?" }

    /// The name and path joined by dots (`last.id`).
    public var dottedName: String { ([name] + path).joined(separator: ".") }

    /// The reference as written (`$last.id` or `${last.id}`).
    public var description: String { isBraced ? "${\(dottedName)}" : "$\(dottedName)" }
}

/// One piece of a word: literal text or a variable reference, with how it was quoted.
public enum WordPart: Sendable, Hashable {
    /// Text, escapes already resolved.
    case literal(String, Quoting)
    /// A variable to expand at run time.
    case variable(VariableReference, Quoting)

    /// How the part was quoted.
    public var quoting: Quoting {
        switch self {
        case .literal(_, let quoting), .variable(_, let quoting): quoting
        }
    }
}

/// A word of a command: blank-separated, made of literal and variable parts.
///
/// `"hello $name"!` is one word of three parts: `hello ` (double-quoted), `$name`
/// (double-quoted) and `!` (bare). Expansion happens at run time (`Word+Expansion.swift`).
public struct Word: Sendable, Hashable, CustomStringConvertible {
    /// The parts in order; adjacent literals of the same quoting are merged.
    public var parts: [WordPart]
    /// Where the word starts.
    public var location: SourceLocation
    /// The word exactly as written in the source (quotes, escapes, `$` included).
    public var text: String
    /// The UTF-8 offset just past the word's last character.
    public var endOffset: Int

    /// A word from its parts.
    public init(parts: [WordPart], location: SourceLocation, text: String, endOffset: Int) {
        self.parts = parts
        self.location = location
        self.text = text
        self.endOffset = endOffset
    }

    /// A bare literal word (for tests and synthesized commands).
    public init(literal: String, location: SourceLocation) {
        self.init(
            parts: literal.isEmpty ? [] : [.literal(literal, .none)], location: location, text: literal,
            endOffset: location.offset + literal.utf8.count)
    }

    /// The text when the word has no variable references, else nil.
    public var literalText: String? {
        var result = ""
        for part in parts {
            guard case .literal(let text, _) = part else { return nil }
            result += text
        }
        return result
    }

    /// The text when the word is bare literal text (no quotes, no variables), else nil.
    /// Command names, option names and `=` are recognized only in this form.
    public var bareText: String? {
        var result = ""
        for part in parts {
            guard case .literal(let text, .none) = part else { return nil }
            result += text
        }
        return result
    }

    /// Whether any part was quoted (`""` and `''` make a quoted, empty literal part).
    public var isQuoted: Bool { parts.contains { $0.quoting != .none } }

    /// The variable references in order.
    public var variables: [VariableReference] {
        parts.compactMap { part in
            if case .variable(let reference, _) = part { return reference }
            return nil
        }
    }

    /// The reference when the word is exactly one bare `$var` (which keeps its JSON type on
    /// expansion), else nil. `"$var"` in quotes is text, so it is not a sole variable.
    public var soleVariable: VariableReference? {
        if parts.count == 1, case .variable(let reference, .none) = parts[0] { return reference }
        return nil
    }

    /// The text as written.
    public var description: String { text }
}
