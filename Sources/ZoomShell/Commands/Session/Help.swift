import Foundation
import TerminalText
import ZoomKit
import ZoomModels

struct Help: ShellCommand {
    static let spec = CommandSpec(
        name: "help", aliases: ["?"], group: "Shell", summary: "list commands, or explain one",
        examples: ["help", "help set", "help auth s2s", "help settings", "help start"],
        arguments: [ArgumentSpec("TOPIC", isOptional: true, isVariadic: true)])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runHelp(command)
    }

    /// Command names, the field lists, the field paths and the other topics.
    static func complete(_ request: CompletionRequest) -> [CompletionCandidate]? {
        CommandRegistry.commands.map { CompletionCandidate($0.name) } + [
            CompletionCandidate("fields"), CompletionCandidate("settings"),
        ]
            + HelpTopics.words.keys.sorted().map { CompletionCandidate($0) } + Completer.fieldItems(request.word)
    }
}

extension Shell {
    func runHelp(_ command: Command) throws -> CommandResult {
        let topic = try texts(command.arguments).joined(separator: " ")
        let words = topic.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return overview() }
        if let spec = CommandRegistry.parser.spec(named: first) {
            if words.count > 1, let sub = spec.subcommand(named: words[1]) {
                return describe(sub, prefix: spec.name + " ")
            }
            return describe(spec, prefix: "")
        }
        if topic == "fields" || topic == "settings" { return fieldList(prefix: topic == "settings" ? "settings." : "") }
        if let field = state.draft.fields.catalog.field(topic) { return describe(field) }
        if let (headline, text) = HelpTopics.words[topic.lowercased()] {
            return CommandResult(
                value: ["topic": .string(headline), "text": .string(text)],
                presentation: .record(headline: headline, pairs: [("what", text)]), setsLast: false)
        }
        let names =
            CommandRegistry.parser.commandNames + ["fields", "settings"] + HelpTopics.words.keys.sorted()
            + state.draft.fields.catalog.allPaths
        throw CommandError.usage(
            "help: no command or field '\(topic)'\(DidYouMean.hint(for: topic, among: names)) ('help' lists the commands)"
        )
    }

    func overview() -> CommandResult {
        var text = "zoomsh \(ZoomKit.version) — a shell for Zoom meetings. Commands:\n"
        for group in CommandRegistry.groups {
            text += "\n\(group):\n"
            let specs = CommandRegistry.commands.filter { $0.group == group }
            let width = specs.map(\.name.count).max() ?? 0
            for spec in specs {
                text +=
                    "  " + spec.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + spec.summary + "\n"
            }
        }
        text += "\n'help COMMAND' for its usage and examples, 'help fields' for what 'set' takes, "
        text += "'help settings.audio' for one field.\n"
        let value = JSONValue.array(
            CommandRegistry.commands.map { ["name": .string($0.name), "summary": .string($0.summary)] })
        return CommandResult(value: value, presentation: .text(text), setsLast: false)
    }

    func describe(_ spec: CommandSpec, prefix: String) -> CommandResult {
        var text = "\(prefix)\(spec.name) — \(spec.summary)\n\nusage: \(prefix)\(spec.usage)\n"
        if !spec.subcommands.isEmpty {
            text += "\nsubcommands:\n"
            for sub in spec.subcommands { text += "  \(spec.name) \(sub.usage)\n      \(sub.summary)\n" }
        }
        if !spec.options.isEmpty {
            text += "\noptions:\n"
            let width = spec.options.map(\.usage.count).max() ?? 0
            for option in spec.options {
                text += "  " + option.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(option.help)\n"
            }
        }
        var seen = Set<String>()
        let examples = (spec.examples + spec.subcommands.flatMap(\.examples)).filter { seen.insert($0).inserted }
        if !examples.isEmpty { text += "\nexamples:\n" + examples.map { "  \($0)\n" }.joined() }
        let value: JSONValue = [
            "name": .string(prefix + spec.name), "summary": .string(spec.summary),
            "usage": .string(prefix + spec.usage),
            "examples": .array(examples.map(JSONValue.string)),
        ]
        return CommandResult(value: value, presentation: .text(text), setsLast: false)
    }

    func describe(_ field: MeetingField) -> CommandResult {
        var pairs: [(String, String)] = [("type", field.kind.rawValue), ("what", field.summary)]
        if !field.enumValues.isEmpty {
            pairs.append(("values", field.enumValues.map { "\($0.label): \($0.summary)" }.joined(separator: "\n")))
        }
        let range = limits(field)
        if !range.isEmpty { pairs.append(("limits", range)) }
        if let value = field.defaultValue { pairs.append(("default", value.plainText)) }
        if !field.aliases.isEmpty { pairs.append(("aliases", field.aliases.joined(separator: ", "))) }
        if field.isCreateOnly { pairs.append(("note", "create only: update (PATCH) does not take it")) }
        if field.isUpdateOnly { pairs.append(("note", "update only: create does not take it")) }
        if field.isDeprecated { pairs.append(("note", "deprecated by Zoom")) }
        if field.path == "start_time" { pairs.append(("forms", HelpTopics.timeForms)) }
        if field.path == "recurrence" { pairs.append(("forms", HelpTopics.recurrenceForms)) }
        var value: JSONValue = [
            "field": .string(field.path), "type": .string(field.kind.rawValue), "summary": .string(field.summary),
        ]
        if !field.enumValues.isEmpty { value["values"] = .array(field.enumNames.map(JSONValue.string)) }
        return CommandResult(value: value, presentation: .record(headline: field.path, pairs: pairs), setsLast: false)
    }

    func fieldList(prefix: String) -> CommandResult {
        let fields = state.draft.fields.catalog.fields.filter { $0.path.hasPrefix(prefix) }
        let rows = fields.map { field -> [String] in
            [
                field.path, field.kind.rawValue, field.enumValues.isEmpty ? limits(field) : field.allowedValuesText,
                field.summary,
            ]
        }
        var footer = "\(fields.count) fields; aliases: "
        footer += state.draft.fields.catalog.aliases.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
            .joined(
                separator: ", ")
        footer += ", host = the user the meeting is created for"
        return CommandResult(
            value: .array(fields.map { .string($0.path) }),
            presentation: .table(columns: ["field", "type", "values", "what"], rows: rows, footer: footer),
            setsLast: false)
    }

    func limits(_ field: MeetingField) -> String {
        var parts: [String] = []
        if let minimum = field.minimum, let maximum = field.maximum {
            parts.append("\(minimum)…\(maximum)")
        } else if let maximum = field.maximum {
            parts.append("≤ \(maximum)")
        }
        if let maxLength = field.maxLength { parts.append("≤ \(maxLength) chars") }
        if let maxItems = field.maxItems { parts.append("≤ \(maxItems) items") }
        return parts.joined(separator: ", ")
    }
}
