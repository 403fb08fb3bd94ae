/// How the parser reads the words after a command's name.
public enum CommandForm: Sendable, Hashable {
    /// Options (`--flag`, `--key value`, `--key=value`, `--` ends them) and positional arguments.
    case standard
    /// `NAME = VALUE…` (also `NAME=VALUE…`): the parser checks the name and the `=`, and keeps
    /// every word after `=` as the value, `--words` included. See `Command.assignment`.
    case assignment
    /// Every word is a positional argument, `--words` included (`echo --help` prints it).
    case verbatim
}

/// An option of a command: `--name` (a flag) or `--name VALUE` / `--name=VALUE`.
public struct OptionSpec: Sendable, Hashable {
    /// The name without `--` (`json`, `from`).
    public var name: String
    /// Other names without `--` (`tz` for `timezone`).
    public var aliases: [String]
    /// The value's placeholder in usage (`DATE`), or nil for a flag that takes no value.
    public var valueName: String?
    /// When not empty, the values allowed (matched ignoring case); checked before anything
    /// runs when the value is written out (no variables).
    public var choices: [String]
    /// One line of help.
    public var help: String
    /// Whether the value is a secret: a line that gives it never reaches history or messages.
    public var isSecret: Bool
    /// Whether the value names an environment variable (`--secret-env VARIABLE`): anything
    /// else there is likely the secret itself, typed in the wrong place.
    public var namesVariable: Bool

    /// An option from its parts.
    public init(
        name: String, aliases: [String] = [], valueName: String? = nil, choices: [String] = [], help: String = "",
        isSecret: Bool = false, namesVariable: Bool = false
    ) {
        self.name = name
        self.aliases = aliases
        self.valueName = valueName
        self.choices = choices
        self.help = help
        self.isSecret = isSecret
        self.namesVariable = namesVariable
    }

    /// A flag: `--name`, no value.
    public static func flag(_ name: String, aliases: [String] = [], help: String = "") -> OptionSpec {
        OptionSpec(name: name, aliases: aliases, help: help)
    }

    /// An option with a value: `--name VALUE` or `--name=VALUE`.
    public static func value(
        _ name: String, _ valueName: String, aliases: [String] = [], choices: [String] = [], help: String = ""
    ) -> OptionSpec {
        OptionSpec(name: name, aliases: aliases, valueName: valueName, choices: choices, help: help)
    }

    /// An option whose value names an environment variable holding a secret (`--secret-env VARIABLE`).
    public static func variable(_ name: String, help: String = "") -> OptionSpec {
        OptionSpec(name: name, valueName: "VARIABLE", help: help, namesVariable: true)
    }

    /// Whether the option takes a value.
    public var takesValue: Bool { valueName != nil }

    /// `--name` or `--name VALUE`, for usage lines.
    public var usage: String { valueName.map { "--\(name) \($0)" } ?? "--\(name)" }
}

/// A positional argument of a command.
public struct ArgumentSpec: Sendable, Hashable {
    /// The placeholder (`MEETING_ID`).
    public var name: String
    /// Whether it may be left out (only trailing arguments may be).
    public var isOptional: Bool
    /// Whether it takes all remaining words (only the last argument may).
    public var isVariadic: Bool
    /// When not empty, the values allowed (matched ignoring case) — checked before anything
    /// runs when the word is written out.
    public var choices: [String]
    /// One line of help.
    public var help: String
    /// Whether the value is a secret (`jwt decode TOKEN`): a line that gives it never reaches
    /// history or messages.
    public var isSecret: Bool
    /// What completion offers for it besides `choices`.
    public var completion: ArgumentCompletion?

    /// An argument from its parts.
    public init(
        _ name: String, isOptional: Bool = false, isVariadic: Bool = false, choices: [String] = [],
        help: String = "", isSecret: Bool = false, completion: ArgumentCompletion? = nil
    ) {
        self.name = name
        self.isOptional = isOptional
        self.isVariadic = isVariadic
        self.choices = choices
        self.help = help
        self.isSecret = isSecret
        self.completion = completion
    }

    /// `NAME`, `[NAME]`, `NAME…` or `[NAME…]`, for usage lines.
    public var usage: String {
        let core = isVariadic ? "\(name)…" : name
        return isOptional ? "[\(core)]" : core
    }
}

/// What completion offers for an argument, from the session.
public enum ArgumentCompletion: Sendable, Hashable {
    /// The meeting ids seen in the session, with their topics.
    case meetingID
    /// File and directory paths.
    case path
    /// The configured profile names.
    case profileName
}

/// The shape and documentation of a command: what the parser checks before anything runs,
/// what `help` prints and what completion offers. The interpreter owns the table.
public struct CommandSpec: Sendable, Hashable {
    /// The name (`create`, or the subcommand's own word `s2s` under `auth`).
    public var name: String
    /// Other names.
    public var aliases: [String]
    /// The help group (`Draft`, `Zoom`…), free text.
    public var group: String
    /// One line: what it does.
    public var summary: String
    /// The usage line; generated from the name, arguments and options when not given.
    public var usage: String
    /// Example lines.
    public var examples: [String]
    /// The options.
    public var options: [OptionSpec]
    /// The positional arguments in order.
    public var arguments: [ArgumentSpec]
    /// Subcommands (`auth s2s`, `jwt sign`), chosen by the first argument word.
    public var subcommands: [CommandSpec]
    /// Whether the command does nothing alone (`jwt` needs `sign` or `decode`).
    public var requiresSubcommand: Bool
    /// How the words after the name are read.
    public var form: CommandForm
    /// Whether stray words on the line are likely a secret typed in the wrong place (`auth`):
    /// the line is never quoted in messages, and it reaches history only in exactly its
    /// documented form. Subcommands inherit it.
    public var isSensitive: Bool

    /// A spec from its parts; `usage` nil generates one.
    public init(
        name: String, aliases: [String] = [], group: String = "", summary: String, usage: String? = nil,
        examples: [String] = [], options: [OptionSpec] = [], arguments: [ArgumentSpec] = [],
        subcommands: [CommandSpec] = [], requiresSubcommand: Bool = false, form: CommandForm = .standard,
        isSensitive: Bool = false
    ) {
        self.isSensitive = isSensitive
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.examples = examples
        self.options = options
        self.arguments = arguments
        self.subcommands = subcommands
        self.requiresSubcommand = requiresSubcommand
        self.form = form
        self.usage = usage ?? Self.generatedUsage(name: name, options: options, arguments: arguments, form: form)
    }

    /// The fewest positional arguments.
    public var minimumArguments: Int { arguments.filter { !$0.isOptional }.count }

    /// The most positional arguments, nil when the last one is variadic.
    public var maximumArguments: Int? { arguments.last?.isVariadic == true ? nil : arguments.count }

    /// The option called `name` (without `--`) or with that alias.
    public func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The subcommand called `name` or with that alias.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The spec of the positional argument at `index` (the variadic last one covers the rest).
    public func argument(at index: Int) -> ArgumentSpec? {
        if index < arguments.count { return arguments[index] }
        return arguments.last?.isVariadic == true ? arguments.last : nil
    }

    static func generatedUsage(
        name: String, options: [OptionSpec], arguments: [ArgumentSpec], form: CommandForm
    ) -> String {
        var parts = [name]
        if form == .assignment { parts.append("NAME = VALUE…") }
        parts += arguments.map(\.usage)
        parts += options.map { "[\($0.usage)]" }
        return parts.joined(separator: " ")
    }
}
