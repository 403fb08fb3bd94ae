/// An option as written in a command, checked against the command's spec.
public struct ParsedOption: Sendable, Hashable {
    /// The option's canonical name without `--` (the spec's `name`, even when an alias was typed).
    public var name: String
    /// The name as typed, with `--` (`--tz`).
    public var writtenName: String
    /// The value for an option that takes one (`--key value` or `--key=value`), nil for a flag.
    public var value: Word?
    /// Where the option word starts.
    public var location: SourceLocation

    /// An option from its parts.
    public init(name: String, writtenName: String, value: Word?, location: SourceLocation) {
        self.name = name
        self.writtenName = writtenName
        self.value = value
        self.location = location
    }
}

/// The `NAME = VALUE…` of a command of the `.assignment` form (`let`).
public struct Assignment: Sendable, Hashable {
    /// The variable name (checked: ASCII letters, digits, `_`, not starting with a digit).
    public var name: String
    /// Where the name is.
    public var nameLocation: SourceLocation
    /// The value words after `=` (at least one). See `Array<Word>.expandedValue(in:)`.
    public var value: [Word]

    /// An assignment from its parts.
    public init(name: String, nameLocation: SourceLocation, value: [Word]) {
        self.name = name
        self.nameLocation = nameLocation
        self.value = value
    }
}

/// One checked command of a script.
public struct Command: Sendable, Hashable {
    /// The canonical name with subcommands (`create`, `auth s2s`), aliases resolved.
    public var name: String
    /// The spec the command was checked against (the subcommand's own spec for `auth s2s`).
    public var spec: CommandSpec
    /// The words that name the command (`auth`, `s2s`).
    public var nameWords: [Word]
    /// The positional arguments (for `.assignment`, empty: see `assignment`).
    public var arguments: [Word]
    /// The options in the order written.
    public var options: [ParsedOption]
    /// The `NAME = VALUE…` of an `.assignment` command, else nil.
    public var assignment: Assignment?
    /// Every word of the command as lexed, name included.
    public var words: [Word]
    /// Where the command starts.
    public var location: SourceLocation
    /// The command's source text exactly as written (from its first to its last word).
    public var text: String

    /// A command from its parts.
    public init(
        name: String, spec: CommandSpec, nameWords: [Word], arguments: [Word], options: [ParsedOption],
        assignment: Assignment?, words: [Word], location: SourceLocation, text: String
    ) {
        self.name = name
        self.spec = spec
        self.nameWords = nameWords
        self.arguments = arguments
        self.options = options
        self.assignment = assignment
        self.words = words
        self.location = location
        self.text = text
    }

    /// The last occurrence of the option `name` (without `--`), or nil.
    public func option(_ name: String) -> ParsedOption? { options.last { $0.name == name } }

    /// Whether the flag (or option) `name` was given.
    public func hasOption(_ name: String) -> Bool { options.contains { $0.name == name } }

    /// The values of every occurrence of the option `name`, in order (`--query a=1 --query b=2`).
    public func values(ofOption name: String) -> [Word] {
        options.filter { $0.name == name }.compactMap(\.value)
    }

    /// The source text from positional argument `index` to the end of the command, exactly as
    /// written (quotes and all) — for commands that want a raw tail, like a JSON body typed
    /// without quotes. Nil when there is no such argument.
    public func sourceText(fromArgument index: Int) -> String? {
        guard arguments.indices.contains(index) else { return nil }
        let start = arguments[index].location.offset - location.offset
        let utf8 = text.utf8
        guard start >= 0, start <= utf8.count else { return nil }
        return String(decoding: utf8.dropFirst(start), as: UTF8.self)
    }
}

/// A parsed script: every command checked, nothing run yet.
public struct Script: Sendable, Hashable {
    /// The file name given to the parser.
    public var file: String
    /// The whole source.
    public var source: String
    /// The commands in order.
    public var commands: [Command]

    /// A script from its parts.
    public init(file: String, source: String, commands: [Command]) {
        self.file = file
        self.source = source
        self.commands = commands
    }

    /// A diagnostic at `location` of this script, for errors found while running
    /// (`FILE:LINE:COL: message`, the line and a caret).
    public func diagnostic(at location: SourceLocation, message: String) -> Diagnostic {
        Diagnostic(location: location, message: message, source: source)
    }
}

extension Command {
    /// Whether the option `spec` was given.
    func hasOption(_ spec: OptionSpec) -> Bool { hasOption(spec.name) }
}
