import Foundation
import ZoomModels

/// Tab completion for zoomsh lines: command names, subcommands and options, `set` field names
/// and the values of the field being set, `$variables` and their fields, file paths after
/// `source`, and meeting ids (with topics) after the commands that take one.
public enum Completer {
    static let meetingCommands: Set<String> = ["get", "update", "delete", "end", "invite", "load"]
    static let booleanWords = ["on", "off"]
    static let startWords = ["today", "tomorrow", "now", "in", "next"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

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

    static func candidates(word: String, before: [String], context: CompletionContext) -> [CompletionItem] {
        if word.hasPrefix("$") { return variableItems(word, context: context) }
        guard let name = before.first else {
            return filter(CommandTable.commands.map { CompletionItem($0.name, description: $0.summary) }, word)
        }
        guard let spec = CommandTable.parser.spec(named: name) else { return [] }
        var active = spec
        var positional = Array(before.dropFirst())
        if !spec.subcommands.isEmpty {
            if positional.isEmpty {
                return filter(spec.subcommands.map { CompletionItem($0.name, description: $0.summary) }, word)
            }
            if let sub = spec.subcommand(named: positional[0]) {
                active = sub
                positional.removeFirst()
            }
        }
        if word.hasPrefix("--") {
            return filter(
                active.options.map { CompletionItem("--" + $0.name, description: $0.help, appendsSpace: true) }, word)
        }
        // An option's value: `--role <TAB>`.
        if let last = positional.last, last.hasPrefix("--"),
            let option = active.option(named: String(last.dropFirst(2))),
            option.takesValue
        {
            return filter(option.choices.map { CompletionItem($0) }, word)
        }
        let arguments = positional.filter { !$0.hasPrefix("--") }
        switch spec.name {
        case "set": return setItems(word: word, arguments: arguments)
        case "unset": return setFieldItems(word, context: context)
        case "profile": return arguments.isEmpty ? filter(context.profileNames.map { CompletionItem($0) }, word) : []
        case "help":
            return filter(
                CommandTable.commands.map { CompletionItem($0.name) } + [
                    CompletionItem("fields"), CompletionItem("settings"),
                ]
                    + fieldItems(word), word)
        case "source": return arguments.isEmpty ? pathItems(word, context: context) : []
        default: break
        }
        if meetingCommands.contains(spec.name), arguments.isEmpty {
            let items = context.meetings.sorted { $0.key > $1.key }.map {
                CompletionItem(String($0.key), description: $0.value)
            }
            return filter(items, word)
        }
        if let argument = active.argument(at: arguments.count), !argument.choices.isEmpty {
            return filter(argument.choices.map { CompletionItem($0) }, word)
        }
        return []
    }

    static func filter(_ items: [CompletionItem], _ prefix: String) -> [CompletionItem] {
        var seen = Set<String>()
        return items.filter { $0.text.hasPrefix(prefix) && seen.insert($0.text).inserted }
    }

    /// Field paths, one dotted level at a time: `settings.` then `settings.audio`.
    static func fieldItems(_ word: String, extra: [String] = []) -> [CompletionItem] {
        let catalog = MeetingFieldCatalog.standard
        var items: [CompletionItem] = []
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
            items.append(CompletionItem(text, description: field.map { $0.kind.rawValue + ": " + $0.summary }))
        }
        return items
    }

    /// The fields set in the draft, one dotted level at a time (`settings.` then its keys).
    static func setFieldItems(_ word: String, context: CompletionContext) -> [CompletionItem] {
        var items: [CompletionItem] = []
        var seen = Set<String>()
        for path in context.setFields where path.hasPrefix(word) {
            let rest = path.dropFirst(word.count)
            let text = rest.firstIndex(of: ".").map { word + rest[..<rest.index(after: $0)] } ?? path
            if seen.insert(text).inserted { items.append(CompletionItem(text)) }
        }
        return items
    }

    static func setItems(word: String, arguments: [String]) -> [CompletionItem] {
        if arguments.isEmpty { return fieldItems(word, extra: ["host", "start", "recurrence"]) }
        let fieldName = arguments[0]
        let catalog = MeetingFieldCatalog.standard
        switch fieldName {
        case "start", "start_time":
            return filter((startWords + weekdays).map { CompletionItem($0) }, word)
        case "recurrence":
            let words =
                arguments.count == 1
                ? ["daily", "weekly", "monthly"] : ["every", "on", "until", "times", "day", "last", "first"] + weekdays
            return filter(words.map { CompletionItem($0) }, word)
        case "timezone", "tz":
            return filter(TimeZone.knownTimeZoneIdentifiers.map { CompletionItem($0) }, word)
        default: break
        }
        guard arguments.count == 1, let field = catalog.field(fieldName) else { return [] }
        if field.kind == .boolean { return filter(booleanWords.map { CompletionItem($0) }, word) }
        // Zoom's own word for string values (what `show` prints), the friendly name for numbers.
        let values = field.enumValues.map { value in
            CompletionItem(value.value.stringValue ?? value.displayName, description: value.summary)
        }
        return filter(values, word)
    }

    static func variableItems(_ word: String, context: CompletionContext) -> [CompletionItem] {
        let body = word.dropFirst().replacingOccurrences(of: "{", with: "")
        var components = body.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let partial = components.removeLast()
        guard let first = components.first else {
            return filter(context.variables.keys.sorted().map { CompletionItem("$" + $0, appendsSpace: true) }, word)
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
            return CompletionItem(
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

    static func pathItems(_ typed: String, context: CompletionContext) -> [CompletionItem] {
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
                return CompletionItem(escapedPath(shownDirectory + name) + (exists && isDirectory.boolValue ? "/" : ""))
            }
    }
}
