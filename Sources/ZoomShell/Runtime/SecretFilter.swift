import Foundation
import ZoomModels

/// Decides which typed lines must never reach the history file, and which lines are never
/// quoted back in error messages. What it knows of commands comes from their specs.
///
/// A line is kept out of history when it holds a JWT or bearer token, a secret-looking key
/// (`client_secret=…`), an option whose name says it is a secret on any command
/// (`--client-secret=…`, `--token …`), an argument or option the command's spec flags as secret
/// (`jwt decode TOKEN`), what a command's own probe finds (`set passcode …`), or a line of a
/// sensitive command (`auth …`) that is not exactly its documented form — extra arguments,
/// unknown options, or a `--secret-env`/`--env` value that is not a variable name (or, given the
/// environment, names no variable that is set) are likely the secret itself.
enum SecretFilter {
    /// Whether `line` carries a secret. With `environment`, an `auth` line whose `--secret-env`
    /// or `--env` names a variable that is not set counts as one too (it is refused anyway).
    static func carriesSecret(
        _ line: String, environment: [String: String]? = nil, parser: ScriptParser = CommandRegistry.parser
    ) -> Bool {
        textCarriesSecret(line)
            || commands(in: line).contains { commandCarriesSecret($0, environment: environment, parser: parser) }
    }

    /// Whether errors about `line` must not quote it: it carries a secret, or it is an `auth`
    /// line (whose stray words are likely a secret typed in the wrong place).
    static func hidesSource(_ line: String, parser: ScriptParser = CommandRegistry.parser) -> Bool {
        textCarriesSecret(line) || commands(in: line).contains { hidesCommand($0, parser: parser) }
    }

    /// `hidesSource` for one command already lexed into `words` (the parser's case: no second
    /// lexing of every command).
    static func hidesSource(words: [String], text: String, parser: ScriptParser = CommandRegistry.parser) -> Bool {
        guard !words.isEmpty else { return textCarriesSecret(text) }
        return textCarriesSecret(text) || hidesCommand(words, parser: parser)
    }

    /// Whether a command's words are never quoted: a sensitive command, or one carrying a secret.
    static func hidesCommand(_ words: [String], parser: ScriptParser) -> Bool {
        parser.resolve(words)?.spec.isSensitive == true || commandCarriesSecret(words, parser: parser)
    }

    /// The markers that give a secret away in the text itself, whatever the command.
    static func textCarriesSecret(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        if containsJWT(bytes) || contains(bytes, "bearer ", ignoringCase: true) { return true }
        return secretMarkers.contains { contains(bytes, $0, ignoringCase: false) }
    }

    /// Whether `bytes` hold `needle` (ASCII), optionally ignoring ASCII case. Plain bytes: this
    /// runs for every command the parser checks, and Foundation's search is slow at that rate.
    static func contains(_ bytes: [UInt8], _ needle: String, ignoringCase: Bool) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard bytes.count >= pattern.count else { return false }
        var start = 0
        while start <= bytes.count - pattern.count {
            var offset = 0
            while offset < pattern.count {
                var byte = bytes[start + offset]
                if ignoringCase, byte >= 65, byte <= 90 { byte |= 0x20 }
                if byte != pattern[offset] { break }
                offset += 1
            }
            if offset == pattern.count { return true }
            start += 1
        }
        return false
    }

    static let secretMarkers = [
        "client_secret", "api_secret", "access_token", "password", "ZOOM_CLIENT_SECRET=", "ZOOM_API_SECRET=",
        "ZOOM_ACCESS_TOKEN=",
    ]

    /// Whether `line` holds the start of a JWT: `eyJ`, base64url characters, a dot, and more.
    static func containsJWT(_ bytes: [UInt8]) -> Bool {
        func isBase64URL(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 45
                || byte == 95
        }
        var start = 0
        while start + 3 < bytes.count {
            defer { start += 1 }
            guard bytes[start] == UInt8(ascii: "e"), bytes[start + 1] == UInt8(ascii: "y"),
                bytes[start + 2] == UInt8(ascii: "J")
            else { continue }
            var end = start + 3
            while end < bytes.count, isBase64URL(bytes[end]) { end += 1 }
            if end > start + 3, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), isBase64URL(bytes[end + 1]) {
                return true
            }
        }
        return false
    }

    /// The commands of `line` as plain words (quotes removed, `$references` as written). A line
    /// the lexer cannot read whole is also split on blanks and `;`, so nothing slips through.
    static func commands(in line: String) -> [[String]] {
        let lexed = Lexer.lex(line, file: "<history>")
        var commands = lexed.commands.map { command in command.words.map { $0.literalText ?? $0.text } }
        if !lexed.diagnostics.isEmpty {
            commands += line.split(whereSeparator: { $0 == ";" || $0.isNewline }).map { part in
                part.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
        return commands.filter { !$0.isEmpty }
    }

    /// Option names (without `--`, `_` read as `-`) that say their value is a secret, on any
    /// command — also where no spec knows the option (a secret typed with a guessed name).
    static let secretLookingOptions: Set<String> = [
        "secret", "client-secret", "api-secret", "token", "access-token", "bearer", "password", "passcode",
    ]

    static func commandCarriesSecret(
        _ words: [String], environment: [String: String]? = nil, parser: ScriptParser
    ) -> Bool {
        for word in words where word.hasPrefix("--") {
            let name = word.dropFirst(2).prefix { $0 != "=" }.lowercased().replacingOccurrences(of: "_", with: "-")
            if secretLookingOptions.contains(name) { return true }
        }
        guard let (spec, fullName, nameCount) = parser.resolve(words) else { return false }
        if parser.hooks.secretProbes[fullName]?(words) == true { return true }
        let shape = Shape(words.dropFirst(nameCount), spec: spec)
        if shape.givesSecret { return true }
        guard spec.isSensitive else { return false }
        // A sensitive line holds no secret only in exactly its documented form.
        if !spec.subcommands.isEmpty, !shape.positional.isEmpty { return true }
        if shape.unknownOption || !shape.fitsArguments { return true }
        for value in shape.variableValues {
            if !isVariableName(value) { return true }
            if let environment, (environment[value] ?? "").isEmpty { return true }
        }
        return false
    }

    /// The words after a command's name, read against its spec.
    struct Shape {
        var positional: [String] = []
        var unknownOption = false
        var givesSecret = false
        var variableValues: [String] = []
        var fitsArguments = true

        init(_ words: ArraySlice<String>, spec: CommandSpec) {
            var optionsEnded = spec.form != .standard
            var index = words.startIndex
            while index < words.endIndex {
                let word = words[index]
                index += 1
                guard !optionsEnded, word.hasPrefix("--") else {
                    if let argument = spec.argument(at: positional.count), argument.isSecret { givesSecret = true }
                    positional.append(word)
                    continue
                }
                if word == "--" {
                    optionsEnded = true
                    continue
                }
                let body = word.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                guard let option = spec.option(named: name) else {
                    unknownOption = true
                    continue
                }
                guard option.takesValue else { continue }
                var value: String?
                if name.count < body.count {
                    value = String(body.dropFirst(name.count + 1))
                } else if index < words.endIndex {
                    value = words[index]
                    index += 1
                }
                guard let value else { continue }
                if option.isSecret { givesSecret = true }
                if option.namesVariable { variableValues.append(value) }
            }
            if let maximum = spec.maximumArguments { fitsArguments = positional.count <= maximum }
        }
    }

    /// Whether `text` can name an environment variable: `[A-Za-z_][A-Za-z0-9_]*`.
    static func isVariableName(_ text: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || (48...57).contains($0) }
    }
}
