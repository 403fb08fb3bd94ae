import Testing

@testable import ZoomShell

/// A command table for the syntax tests, independent of the shell's real one.
enum TestCommands {
    static let table: [CommandSpec] = [
        CommandSpec(name: "create", summary: "create", options: [.flag("dry-run"), .value("host", "USER")]),
        CommandSpec(
            name: "get", summary: "get", options: [.value("occurrence", "OID"), .flag("previous")],
            arguments: [ArgumentSpec("MEETING_ID")]),
        CommandSpec(
            name: "list", summary: "list",
            options: [.value("from", "DATE"), .value("to", "DATE"), .flag("all"), .value("limit", "N")],
            arguments: [
                ArgumentSpec(
                    "TYPE", isOptional: true,
                    choices: ["scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings"])
            ]),
        CommandSpec(name: "show", summary: "show", options: [.flag("json")]),
        CommandSpec(name: "whoami", summary: "whoami"),
        CommandSpec(
            name: "set", summary: "set", arguments: [ArgumentSpec("FIELD"), ArgumentSpec("VALUE", isVariadic: true)]),
        CommandSpec(
            name: "api", summary: "api", options: [.value("query", "NAME=VALUE"), .flag("dry-run")],
            arguments: [
                ArgumentSpec("METHOD", choices: ["GET", "POST", "PATCH", "PUT", "DELETE"]), ArgumentSpec("PATH"),
                ArgumentSpec("JSON", isOptional: true, isVariadic: true),
            ]),
        CommandSpec(
            name: "auth", summary: "auth",
            subcommands: [
                CommandSpec(
                    name: "s2s", summary: "s2s", arguments: [ArgumentSpec("ACCOUNT_ID"), ArgumentSpec("CLIENT_ID")]),
                CommandSpec(name: "token", summary: "token"),
            ]),
        CommandSpec(
            name: "sdk", summary: "sdk",
            subcommands: [
                CommandSpec(
                    name: "signature", summary: "signature",
                    options: [.value("role", "ROLE", choices: ["host", "attendee"])],
                    arguments: [ArgumentSpec("MEETING_ID")])
            ], requiresSubcommand: true),
        CommandSpec(name: "let", summary: "let", form: .assignment),
        CommandSpec(
            name: "echo", summary: "echo", arguments: [ArgumentSpec("WORD", isOptional: true, isVariadic: true)],
            form: .verbatim),
        CommandSpec(name: "quit", aliases: ["exit"], summary: "quit", arguments: [ArgumentSpec("N", isOptional: true)]),
        CommandSpec(name: "dry-run", summary: "dry-run", arguments: [ArgumentSpec("MODE", choices: ["on", "off"])]),
    ]

    static let parser = ScriptParser(commands: table)

    /// The messages of the diagnostics of `source` (empty when it parses).
    static func messages(_ source: String) -> [String] {
        parser.analyze(source, file: "t.zsh").error?.diagnostics.map(\.message) ?? []
    }

    /// The single message of `source`, or a description of what was found instead.
    static func message(_ source: String) -> String {
        let all = messages(source)
        return all.count == 1 ? all[0] : "\(all.count) messages: \(all)"
    }

    static func parse(_ source: String) throws -> Script { try parser.parse(source, file: "t.zsh") }
}

extension Word {
    /// The parts in a compact form for assertions: `lit:text`, `'lit:text'`, `"lit:text"`, `$name.path`.
    var shape: [String] {
        parts.map { part in
            switch part {
            case .literal(let text, .none): "lit:\(text)"
            case .literal(let text, .single): "'lit:\(text)'"
            case .literal(let text, .double): "\"lit:\(text)\""
            case .variable(let reference, .none): "\(reference)"
            case .variable(let reference, _): "\"\(reference)\""
            }
        }
    }
}
