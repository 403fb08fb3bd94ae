/// Checks one lexed command against the command table.
struct CommandChecker {
    let parser: ScriptParser
    let source: String
    let lexed: LexedCommand
    var budget: Int
    var diagnostics: [Diagnostic] = []
    var omittedCount = 0
    /// Whether any problem was found (also those beyond the budget).
    var failed = false
    /// Whether an unknown option was met (its value, if any, is then among the arguments).
    var unknownOptionSeen = false
    /// Whether the command may hold a secret (an `auth` line, a token): messages then never
    /// quote its words, and the source line is not echoed (see `SecretFilter.hidesSource`).
    /// Worked out only when a message needs it: a clean command never pays for it.
    var isSensitive: Bool {
        SecretFilter.hidesSource(words: lexed.words.map { $0.literalText ?? $0.text }, text: lexed.text, parser: parser)
    }

    init(parser: ScriptParser, source: String, lexed: LexedCommand, budget: Int) {
        self.parser = parser
        self.source = source
        self.lexed = lexed
        self.budget = budget
    }

    mutating func report(_ message: @autoclosure () -> String, at location: SourceLocation) {
        failed = true
        guard budget > 0 else {
            omittedCount += 1
            return
        }
        budget -= 1
        diagnostics.append(Diagnostic(location: location, message: message(), source: source))
    }

    /// The checked command, or nil when it has problems (reported in `diagnostics`).
    mutating func check() -> Command? {
        let words = lexed.words
        guard let topSpec = resolveName(words[0]) else { return nil }
        var spec = topSpec
        var path = [spec.name]
        var index = 1
        while !spec.subcommands.isEmpty, index < words.count, let text = words[index].bareText,
            let sub = spec.subcommand(named: text)
        {
            spec = sub
            path.append(sub.name)
            index += 1
        }
        let fullName = path.joined(separator: " ")
        if !spec.subcommands.isEmpty {
            checkMissingSubcommand(spec: spec, fullName: fullName, next: index < words.count ? words[index] : nil)
            if failed { return nil }
        }
        let nameWords = Array(words[..<index])
        let rest = Array(words[index...])
        var arguments: [Word] = []
        var options: [ParsedOption] = []
        var assignment: Assignment?
        switch spec.form {
        case .standard:
            (arguments, options) = splitOptions(rest, spec: spec, fullName: fullName)
            checkArguments(arguments, spec: spec, fullName: fullName)
        case .verbatim:
            arguments = rest
            checkArguments(arguments, spec: spec, fullName: fullName)
        case .assignment:
            assignment = checkAssignment(rest, spec: spec, fullName: fullName)
        }
        if failed { return nil }
        let command = Command(
            name: fullName, spec: spec, nameWords: nameWords, arguments: arguments, options: options,
            assignment: assignment, words: words, location: lexed.location, text: lexed.text)
        parser.hooks.checks[fullName]?(command, &self)
        return failed ? nil : command
    }

    /// The spec of the command named by `word`, or nil after reporting why there is none.
    private mutating func resolveName(_ word: Word) -> CommandSpec? {
        guard let name = word.literalText else {
            report(
                "a command name must be written out, not taken from a variable ('\(word.text)')",
                at: word.location)
            return nil
        }
        if let spec = parser.spec(named: name) { return spec }
        let parser = self.parser
        if isSensitive {
            report("unknown command (not shown: the line looks like it holds a secret)", at: word.location)
            return nil
        }
        report(
            "unknown command '\(Self.shown(name))'"
                + DidYouMean.hint(for: name, among: parser.commandNames).orElse(" ('help' lists the commands)"),
            at: word.location)
        return nil
    }

    /// Reports a word that is not a subcommand where one is needed, or a missing subcommand.
    private mutating func checkMissingSubcommand(spec: CommandSpec, fullName: String, next: Word?) {
        let names = spec.subcommands.map(\.name)
        let expected = names.count == 1 ? "'\(names[0])'" : "one of " + names.joined(separator: ", ")
        if let next, !Self.isOptionLike(next) {
            guard spec.arguments.isEmpty else { return }
            let typed = next.literalText ?? next.text
            let hint = DidYouMean.hint(for: typed, among: spec.subcommands.flatMap { [$0.name] + $0.aliases })
            let shownName = isSensitive && !Self.isPlainName(typed, maximumLength: 12) ? "" : " '\(Self.shown(typed))'"
            report(
                "unknown subcommand\(shownName) for '\(fullName)'" + (hint.isEmpty ? ": expected \(expected)" : hint),
                at: next.location)
        } else if spec.requiresSubcommand {
            report("'\(fullName)' needs a subcommand: \(expected)", at: lexed.location)
        }
    }

    /// Whether a word is written as an option: bare text starting with `--`.
    static func isOptionLike(_ word: Word) -> Bool {
        guard case .literal(let text, .none)? = word.parts.first else { return false }
        return text.hasPrefix("--")
    }

    /// Whether `text` looks like a command or option name, not a secret: at most `maximumLength`
    /// lowercase ASCII letters, `-` and `_` (and digits when `digits`).
    static func isPlainName(_ text: String, maximumLength: Int, digits: Bool = true) -> Bool {
        text.count <= maximumLength
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || $0 == "-" || $0 == "_" || (digits && ("0"..."9").contains($0))
            }
    }

    /// A name cut to a readable length for messages.
    static func shown(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 40 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(40))) + "…"
    }
}

extension String {
    /// The text, or `fallback` when it is empty.
    func orElse(_ fallback: String) -> String { isEmpty ? fallback : self }
}
