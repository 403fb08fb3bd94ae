/// Parses and checks a whole script against the command table before anything runs.
///
/// ```swift
/// let parser = ScriptParser(commands: table)
/// let script = try parser.parse(text, file: "team.zsh")   // throws SyntaxError
/// for command in script.commands { … command.name, command.arguments, command.option("json") … }
/// ```
///
/// Checks, each with its own message: lexical errors (see `Lexer`), unknown commands and
/// subcommands (with "did you mean"), a command name taken from a variable, unknown options,
/// flags given a value, missing option values, values outside an option's or argument's
/// `choices`, too few or too many arguments, the `NAME = VALUE` of `.assignment` commands, and
/// the written-out FIELD of `set`/`unset` (and the value of an enum or boolean field).
///
/// A leading UTF-8 byte order mark is ignored. Problems on a line that may hold a secret (an
/// `auth` line, a token) are reported without quoting the line.
public struct ScriptParser: Sendable {
    /// The command table.
    public let commands: [CommandSpec]
    /// The most diagnostics reported for one script; the rest are counted.
    public var maximumDiagnostics = 50
    /// The commands' own checks and secret probes, by full name.
    let hooks: CommandHooks
    private let byName: [String: CommandSpec]

    /// A parser for the commands of `commands` (names and aliases).
    public init(commands: [CommandSpec]) {
        self.init(commands: commands, hooks: CommandHooks())
    }

    /// A parser for `commands`, with extra checks and secret probes by full command name.
    init(commands: [CommandSpec], hooks: CommandHooks) {
        self.hooks = hooks
        self.commands = commands
        var byName: [String: CommandSpec] = [:]
        for spec in commands {
            for name in [spec.name] + spec.aliases where byName[name] == nil { byName[name] = spec }
        }
        self.byName = byName
    }

    /// The spec for a command name or alias.
    public func spec(named name: String) -> CommandSpec? { byName[name] }

    /// The spec of the command `words` name, following subcommands, with its full name and the
    /// number of words the name took (`auth s2s …` → the `s2s` spec, "auth s2s", 2); nil for
    /// an unknown command. `isSensitive` is inherited from the parents.
    func resolve(_ words: [String]) -> (spec: CommandSpec, fullName: String, nameCount: Int)? {
        guard let first = words.first, var spec = spec(named: first) else { return nil }
        var path = [spec.name]
        var sensitive = spec.isSensitive
        while path.count < words.count, let sub = spec.subcommand(named: words[path.count]) {
            spec = sub
            path.append(sub.name)
            sensitive = sensitive || sub.isSensitive
        }
        spec.isSensitive = sensitive
        return (spec, path.joined(separator: " "), path.count)
    }

    /// Every command name and alias, in table order.
    public var commandNames: [String] { commands.flatMap { [$0.name] + $0.aliases } }

    /// Parses and checks `source`; throws `SyntaxError` with every problem found.
    public func parse(_ source: String, file: String = "<input>") throws -> Script {
        let (script, error) = analyze(source, file: file)
        if let error { throw error }
        return script
    }

    /// Parses and checks `source` without throwing: the commands that passed and the error
    /// listing every problem (nil when there is none).
    public func analyze(_ source: String, file: String = "<input>") -> (script: Script, error: SyntaxError?) {
        let source = Lexer.withoutByteOrderMark(source)
        let lexed = Lexer.lex(source, file: file)
        var diagnostics = lexed.diagnostics
        var omitted = lexed.omittedCount
        var checked: [Command] = []
        for lexedCommand in lexed.commands where !lexedCommand.isIncomplete {
            var checker = CommandChecker(
                parser: self, source: source, lexed: lexedCommand,
                budget: max(0, maximumDiagnostics - diagnostics.count))
            if let command = checker.check() { checked.append(command) }
            diagnostics += checker.diagnostics
            omitted += checker.omittedCount
        }
        var hides: [String: Bool] = [:]
        diagnostics = diagnostics.map { diagnostic in
            let hidden = hides[diagnostic.sourceLine] ?? SecretFilter.hidesSource(diagnostic.sourceLine)
            hides[diagnostic.sourceLine] = hidden
            return hidden ? diagnostic.hidingSourceLine() : diagnostic
        }
        diagnostics.sort { $0.location < $1.location }
        if diagnostics.count > maximumDiagnostics {
            omitted += diagnostics.count - maximumDiagnostics
            diagnostics.removeLast(diagnostics.count - maximumDiagnostics)
        }
        let script = Script(file: file, source: source, commands: checked)
        let error = diagnostics.isEmpty ? nil : SyntaxError(diagnostics: diagnostics, omittedCount: omitted)
        return (script, error)
    }
}
