import Foundation
import ZoomModels

/// Decides which typed lines must never reach the history file, and which lines are never
/// quoted back in error messages.
///
/// A line is kept out of history when it holds a JWT or bearer token, a secret-looking key
/// (`client_secret=…`), a secret option on any command (`--client-secret=…`, `--secret …`,
/// `--token …`), the meeting passcode (`set password …`, `set passcode …`), or an
/// `auth s2s|jwt|token` line that is not exactly its documented form — extra arguments, unknown
/// options, or a `--secret-env`/`--env` value that is not a variable name (or, given the
/// environment, names no variable that is set) are likely the secret itself.
enum SecretFilter {
    /// Whether `line` carries a secret. With `environment`, an `auth` line whose `--secret-env`
    /// or `--env` names a variable that is not set counts as one too (it is refused anyway).
    static func carriesSecret(_ line: String, environment: [String: String]? = nil) -> Bool {
        textCarriesSecret(line) || commands(in: line).contains { commandCarriesSecret($0, environment: environment) }
    }

    /// Whether errors about `line` must not quote it: it carries a secret, or it is an `auth`
    /// line (whose stray words are likely a secret typed in the wrong place).
    static func hidesSource(_ line: String) -> Bool {
        textCarriesSecret(line) || commands(in: line).contains { $0.first == "auth" || commandCarriesSecret($0) }
    }

    /// `hidesSource` for one command already lexed into `words` (the parser's case: no second
    /// lexing of every command).
    static func hidesSource(words: [String], text: String) -> Bool {
        guard !words.isEmpty else { return textCarriesSecret(text) }
        return words[0] == "auth" || textCarriesSecret(text) || commandCarriesSecret(words)
    }

    /// The markers that give a secret away in the text itself, whatever the command.
    static func textCarriesSecret(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("jwt decode") || trimmed.hasPrefix("jwt sign") { return true }
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

    /// Option names (without `--`, `_` read as `-`) whose value is a secret on any command.
    static let secretOptions: Set<String> = [
        "secret", "client-secret", "api-secret", "token", "access-token", "bearer", "password", "passcode",
    ]

    static func commandCarriesSecret(_ words: [String], environment: [String: String]? = nil) -> Bool {
        for word in words where word.hasPrefix("--") {
            let name = word.dropFirst(2).prefix { $0 != "=" }.lowercased().replacingOccurrences(of: "_", with: "-")
            if secretOptions.contains(name) { return true }
        }
        switch words[0] {
        case "auth": return !isCleanAuthLine(Array(words.dropFirst()), environment: environment)
        case "set":
            guard words.count > 2 else { return false }
            let path = MeetingFieldCatalog.standard.canonicalPath(words[1]) ?? words[1]
            return path.lowercased().split(separator: ".").last.map { secretFieldKeys.contains(String($0)) } ?? false
        default: return false
        }
    }

    /// The keys of meeting fields that hold a secret (the passcode), whatever alias names them.
    static let secretFieldKeys: Set<String> = ["password", "passcode"]

    /// Whether `auth …` (its words after `auth`) is exactly a documented form that holds no secret:
    /// `auth`, `auth refresh`, `auth s2s ACCOUNT CLIENT [--secret-env VAR]`,
    /// `auth jwt KEY [--secret-env VAR]`, `auth token [--env VAR]`.
    static func isCleanAuthLine(_ words: [String], environment: [String: String]?) -> Bool {
        guard let subcommand = words.first else { return true }
        let (maximum, option): (Int, String)
        switch subcommand {
        case "refresh": return words.count == 1
        case "s2s": (maximum, option) = (2, "secret-env")
        case "jwt": (maximum, option) = (1, "secret-env")
        case "token": (maximum, option) = (0, "env")
        default: return false
        }
        var positional = 0
        var optionsEnded = false
        var index = 1
        while index < words.count {
            let word = words[index]
            index += 1
            guard !optionsEnded, word.hasPrefix("--") else {
                positional += 1
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            let body = word.dropFirst(2)
            let name = body.prefix { $0 != "=" }
            guard name == option else { return false }
            var value: String?
            if name.count < body.count {
                value = String(body.dropFirst(name.count + 1))
            } else if index < words.count {
                value = words[index]
                index += 1
            }
            guard let value else { continue }
            if !isVariableName(value) { return false }
            if let environment, (environment[value] ?? "").isEmpty { return false }
        }
        return positional <= maximum
    }

    /// Whether `text` can name an environment variable: `[A-Za-z_][A-Za-z0-9_]*`.
    static func isVariableName(_ text: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || (48...57).contains($0) }
    }
}
