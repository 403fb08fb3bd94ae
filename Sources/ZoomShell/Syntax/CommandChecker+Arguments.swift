extension CommandChecker {
    /// The usage line, with the parent command's words in front for a subcommand.
    func usage(_ spec: CommandSpec, fullName: String) -> String {
        spec.usage.hasPrefix(fullName) ? spec.usage : "\(fullName.dropLast(spec.name.count))\(spec.usage)"
    }

    /// Splits words into positional arguments and options, checking each option.
    mutating func splitOptions(_ words: [Word], spec: CommandSpec, fullName: String) -> ([Word], [ParsedOption]) {
        var arguments: [Word] = []
        var options: [ParsedOption] = []
        var index = 0
        var optionsEnded = false
        unknownOptionSeen = false
        while index < words.count {
            let word = words[index]
            index += 1
            guard !optionsEnded, Self.isOptionLike(word) else {
                arguments.append(word)
                continue
            }
            if word.bareText == "--" {
                optionsEnded = true
                continue
            }
            let (written, inlineValue) = Self.splitOption(word)
            let name = String(written.dropFirst(2))
            guard let option = spec.option(named: name) else {
                reportUnknownOption(written, at: word.location, spec: spec, fullName: fullName)
                unknownOptionSeen = true
                continue
            }
            var value: Word?
            if option.takesValue {
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count, !Self.isOptionLike(words[index]) {
                    value = words[index]
                    index += 1
                } else {
                    report(
                        "option '\(written)' of '\(fullName)' needs a value (\(option.valueName ?? "VALUE"))",
                        at: word.location)
                    continue
                }
                if let value { checkChoice(value, choices: option.choices, what: "'\(written)'", fullName: fullName) }
            } else if inlineValue != nil {
                report("option '\(written)' of '\(fullName)' is a flag and takes no value", at: word.location)
                continue
            }
            options.append(ParsedOption(name: option.name, writtenName: written, value: value, location: word.location))
        }
        return (arguments, options)
    }

    private mutating func reportUnknownOption(
        _ written: String, at location: SourceLocation, spec: CommandSpec, fullName: String
    ) {
        guard budget > 0 else {
            report("", at: location)
            return
        }
        let known = spec.options.flatMap { [$0.name] + $0.aliases }
        let hint = DidYouMean.hint(for: String(written.dropFirst(2)), among: known, quote: { "'--\($0)'" })
        let tail: String
        if !hint.isEmpty {
            tail = hint
        } else if spec.options.isEmpty {
            tail = ": '\(fullName)' takes no options"
        } else {
            tail = " (options of '\(fullName)': " + spec.options.map { "--\($0.name)" }.joined(separator: ", ") + ")"
        }
        // On a line that may hold a secret, only a name that is surely not one is quoted.
        let plain = Self.isPlainName(String(written.dropFirst(2)), maximumLength: 24, digits: false)
        let shownName = !isSensitive || !hint.isEmpty || plain ? "'\(Self.shown(written))'" : "(not shown)"
        report("unknown option \(shownName) for '\(fullName)'\(tail)", at: location)
    }

    /// `--name=value` → (`--name`, value word); `--name` → (`--name`, nil).
    static func splitOption(_ word: Word) -> (String, Word?) {
        guard case .literal(let first, .none)? = word.parts.first,
            let equals = first.firstIndex(of: "=")
        else {
            if case .literal(let first, .none)? = word.parts.first { return (first, nil) }
            return (word.text, nil)
        }
        let name = String(first[..<equals])
        let remainder = String(first[first.index(after: equals)...])
        var parts = Array(word.parts.dropFirst())
        if !remainder.isEmpty { parts.insert(.literal(remainder, .none), at: 0) }
        let nameBytes = name.utf8.count + 1
        let location = SourceLocation(
            file: word.location.file, line: word.location.line,
            column: word.location.column + name.unicodeScalars.count + 1, offset: word.location.offset + nameBytes)
        let text = String(decoding: word.text.utf8.dropFirst(nameBytes), as: UTF8.self)
        return (name, Word(parts: parts, location: location, text: text, endOffset: word.endOffset))
    }

    /// Reports a written-out value that is not one of `choices`.
    mutating func checkChoice(_ word: Word, choices: [String], what: String, fullName: String) {
        guard !choices.isEmpty, let text = word.literalText else { return }
        guard !choices.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else { return }
        let hint = DidYouMean.hint(for: text, among: choices)
        let sensitive = isSensitive
        report(
            (sensitive ? "the value (not shown)" : "'\(Self.shown(text))'")
                + " is not a valid value for \(what) of '\(fullName)'"
                + (hint.isEmpty ? ": expected one of \(choices.joined(separator: ", "))" : hint),
            at: word.location)
    }

    /// Checks the number of positional arguments and their choices.
    mutating func checkArguments(_ arguments: [Word], spec: CommandSpec, fullName: String) {
        let usage = "usage: \(usage(spec, fullName: fullName))"
        if arguments.count < spec.minimumArguments {
            let missing = spec.arguments.filter { !$0.isOptional }.dropFirst(arguments.count).map(\.usage)
            let noun = missing.count == 1 ? "argument" : "arguments"
            report("missing \(noun) \(missing.joined(separator: " ")) for '\(fullName)' (\(usage))", at: lexed.location)
        }
        // After an unknown option its value may have been taken for an argument: do not pile on.
        if let maximum = spec.maximumArguments, arguments.count > maximum, isSensitive {
            // Likely a secret typed where it does not belong: never quoted.
            let takes = maximum == 0 ? "no arguments" : spec.arguments.map(\.usage).joined(separator: " ")
            let variableOption = spec.options.first { $0.valueName == "VARIABLE" }
            let how = variableOption.map { " (secrets are read with --\($0.name) or asked)" } ?? ""
            report(
                "\(fullName) takes \(takes); argument \(maximum + 1) is not shown\(how)",
                at: arguments[maximum].location)
        } else if let maximum = spec.maximumArguments, arguments.count > maximum, !unknownOptionSeen {
            let extra = arguments[maximum]
            let takes =
                maximum == 0
                ? "takes no arguments" : "takes at most \(maximum) argument\(maximum == 1 ? "" : "s")"
            report(
                "unexpected argument '\(Self.shown(extra.text))': '\(fullName)' \(takes) (\(usage))", at: extra.location
            )
        }
        for (position, word) in arguments.enumerated() {
            guard let argument = spec.argument(at: position) else { break }
            checkChoice(word, choices: argument.choices, what: argument.name, fullName: fullName)
        }
    }

    /// Checks `NAME = VALUE…` (or `NAME=VALUE…`) and returns it.
    mutating func checkAssignment(_ words: [Word], spec: CommandSpec, fullName: String) -> Assignment? {
        let usage = "usage: \(usage(spec, fullName: fullName))"
        guard let first = words.first else {
            report("missing variable name for '\(fullName)' (\(usage))", at: lexed.location)
            return nil
        }
        var name: String
        var valueWords: [Word]
        if let bare = first.bareText, let equals = bare.firstIndex(of: "=") {
            name = String(bare[..<equals])
            let (_, inline) = Self.splitOption(first)
            valueWords = (inline.map { $0.parts.isEmpty ? [] : [$0] } ?? []) + words.dropFirst()
        } else if case .literal(let text, .none)? = first.parts.first, let equals = text.firstIndex(of: "=") {
            name = String(text[..<equals])
            let (_, inline) = Self.splitOption(first)
            valueWords = (inline.map { [$0] } ?? []) + words.dropFirst()
        } else {
            if let reference = first.soleVariable {
                report(
                    "bad variable name '\(first.text)': write '\(fullName) \(reference.name) = …' without '$'",
                    at: first.location)
                return nil
            }
            name = first.bareText ?? first.text
            guard words.count > 1, let second = words[1].bareText, second.hasPrefix("=") else {
                let at = words.count > 1 ? words[1].location : first.location
                report("expected '=' after '\(fullName) \(Self.shown(name))' (\(usage))", at: at)
                return nil
            }
            let (_, inline) = Self.splitOption(words[1])
            valueWords = (inline.map { $0.parts.isEmpty ? [] : [$0] } ?? []) + words.dropFirst(2)
        }
        guard LexScanner.isValidName(name), !(name.first?.isNumber ?? true) else {
            report(
                "bad variable name '\(Self.shown(name))': a name is letters, digits and '_', not starting with a digit",
                at: first.location)
            return nil
        }
        guard !valueWords.isEmpty else {
            report("missing value after '=' for '\(fullName) \(name)' (\(usage))", at: lexed.location)
            return nil
        }
        return Assignment(name: name, nameLocation: first.location, value: valueWords)
    }
}
