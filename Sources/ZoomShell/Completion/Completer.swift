import Foundation
import TerminalText
import ZoomModels

/// Tab completion for zoomsh lines: command names, subcommands and options, `set` field names
/// and the values of the field being set, `$variables` and their fields, file paths after
/// `source`, and meeting ids (with topics) after the commands that take one.
public enum Completer {

    /// The completions of the word at `cursor` (in `Character`s) of `line`.
    public static func complete(line: String, cursor: Int, context: CompletionContext) -> CompletionResult {
        let characters = Array(line.prefix(max(0, cursor)))
        // The current command starts after the last `;` outside quotes.
        var commandStart = 0
        var quote: Character?
        for (index, character) in characters.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ";" {
                commandStart = index + 1
            }
        }
        var wordStart = characters.count
        // A blank after `\` belongs to the word (`my\ file.zsh`).
        while wordStart > commandStart,
            !characters[wordStart - 1].isWhitespace || (wordStart >= 2 && characters[wordStart - 2] == "\\")
        {
            wordStart -= 1
        }
        let word = String(characters[wordStart...])
        let before = String(characters[commandStart..<wordStart]).split(whereSeparator: \.isWhitespace).map(String.init)
        let items = candidates(word: word, before: before, context: context)
        return CompletionResult(start: wordStart, items: items)
    }

    static func candidates(word: String, before: [String], context: CompletionContext) -> [CompletionCandidate] {
        if word.hasPrefix("$") { return variableItems(word, context: context) }
        guard !before.isEmpty else {
            return filter(CommandRegistry.commands.map { CompletionCandidate($0.name, description: $0.summary) }, word)
        }
        guard let (spec, fullName, nameCount) = CommandRegistry.parser.resolve(before) else { return [] }
        let positional = Array(before.dropFirst(nameCount))
        if word.hasPrefix("--") {
            return filter(
                spec.options.map { CompletionCandidate("--" + $0.name, description: $0.help, appendsSpace: true) }, word
            )
        }
        // An option's value: `--role <TAB>`.
        if let last = positional.last, last.hasPrefix("--"),
            let option = spec.option(named: String(last.dropFirst(2))),
            option.takesValue
        {
            return filter(option.choices.map { CompletionCandidate($0) }, word)
        }
        let arguments = positional.filter { !$0.hasPrefix("--") }
        // The nouns after a verb (`list users`) sit beside its first argument's values.
        var items: [CompletionCandidate] = []
        if arguments.isEmpty {
            items += spec.subcommands.map { CompletionCandidate($0.name, description: $0.summary) }
            if spec.requiresSubcommand { return filter(items, word) }
        }
        let request = CompletionRequest(word: word, arguments: arguments, context: context)
        if let unit = CommandRegistry.byName[fullName], let own = unit.complete(request) {
            return filter(items + own, word)
        }
        if let argument = spec.argument(at: arguments.count) {
            items += argument.choices.map { CompletionCandidate($0) }
            switch argument.completion {
            case .meetingID?:
                items += context.meetings.sorted { $0.key > $1.key }.map {
                    CompletionCandidate(String($0.key), description: $0.value)
                }
            case .path?: return items.isEmpty ? pathItems(word, context: context) : filter(items, word)
            case .profileName?: items += context.profileNames.map { CompletionCandidate($0) }
            case nil: break
            }
        }
        return filter(items, word)
    }

    static func filter(_ items: [CompletionCandidate], _ prefix: String) -> [CompletionCandidate] {
        var seen = Set<String>()
        return items.filter { $0.text.hasPrefix(prefix) && seen.insert($0.text).inserted }
    }

    /// Field paths, one dotted level at a time: `settings.` then `settings.audio`.
    static func fieldItems(_ word: String, extra: [String] = []) -> [CompletionCandidate] {
        let catalog = MeetingFieldCatalog.standard
        var items: [CompletionCandidate] = []
        var seen = Set<String>()
        for path in extra + catalog.allPaths + catalog.aliases.keys.sorted() where path.hasPrefix(word) {
            let rest = path.dropFirst(word.count)
            let text: String
            if let dot = rest.firstIndex(of: ".") {
                text = word + rest[..<rest.index(after: dot)]
            } else {
                text = path
            }
            guard seen.insert(text).inserted else { continue }
            let field = text.hasSuffix(".") ? nil : catalog.field(text)
            items.append(CompletionCandidate(text, description: field.map { $0.kind.rawValue + ": " + $0.summary }))
        }
        return items
    }

    /// The fields set in the draft, one dotted level at a time (`settings.` then its keys).
    static func setFieldItems(_ word: String, context: CompletionContext) -> [CompletionCandidate] {
        var items: [CompletionCandidate] = []
        var seen = Set<String>()
        for path in context.setFields where path.hasPrefix(word) {
            let rest = path.dropFirst(word.count)
            let text = rest.firstIndex(of: ".").map { word + rest[..<rest.index(after: $0)] } ?? path
            if seen.insert(text).inserted { items.append(CompletionCandidate(text)) }
        }
        return items
    }

    static func variableItems(_ word: String, context: CompletionContext) -> [CompletionCandidate] {
        let body = word.dropFirst().replacingOccurrences(of: "{", with: "")
        var components = body.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let partial = components.removeLast()
        guard let first = components.first else {
            return filter(
                context.variables.keys.sorted().map { CompletionCandidate("$" + $0, appendsSpace: true) }, word)
        }
        guard var value = context.variables[first] else { return [] }
        for component in components.dropFirst() {
            guard let next = value.value(at: [component]) else { return [] }
            value = next
        }
        let prefix = "$" + components.joined(separator: ".") + "."
        let keys: [String]
        switch value {
        case .object(let object): keys = object.keys
        case .array(let items): keys = items.indices.map(String.init)
        default: return []
        }
        return keys.filter { $0.hasPrefix(partial) }.map { key in
            let child = value.value(at: [key])
            let nested = child?.objectValue != nil || child?.arrayValue != nil
            return CompletionCandidate(
                prefix + key, description: nested ? nil : child.map { String($0.compactText.prefix(40)) },
                appendsSpace: !nested)
        }
    }

    /// Paths as one word: blanks and the characters the lexer treats specially get a `\`.
    static func escapedPath(_ path: String) -> String {
        var escaped = ""
        for character in path {
            if character.isWhitespace || "\"'\\$;#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A bare word as the lexer reads it: `\x` is `x`.
    static func unescapedWord(_ word: String) -> String {
        var result = ""
        var escaping = false
        for character in word {
            if !escaping, character == "\\" {
                escaping = true
                continue
            }
            escaping = false
            result.append(character)
        }
        return result
    }

    static func pathItems(_ typed: String, context: CompletionContext) -> [CompletionCandidate] {
        let word = unescapedWord(typed)
        // `~/` as `source` reads it: the session's $HOME.
        let home = context.homeDirectory ?? NSHomeDirectory()
        let expanded = word.hasPrefix("~/") ? home + word.dropFirst(1) : word
        let directoryPart = expanded.contains("/") ? String(expanded[...expanded.lastIndex(of: "/")!]) : ""
        let namePrefix =
            expanded.contains("/") ? String(expanded[expanded.index(after: expanded.lastIndex(of: "/")!)...]) : expanded
        let directory =
            directoryPart.hasPrefix("/")
            ? directoryPart : (context.workingDirectory as NSString).appendingPathComponent(directoryPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)
        else { return [] }
        let shownDirectory = String(word.prefix(word.count - namePrefix.count))
        return names.sorted().filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }
            .map { name in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
                return CompletionCandidate(
                    escapedPath(shownDirectory + name) + (exists && isDirectory.boolValue ? "/" : ""))
            }
    }
}
