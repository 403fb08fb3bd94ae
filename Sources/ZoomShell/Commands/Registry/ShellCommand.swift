import TerminalText

/// One command of the language: its spec beside what it does.
///
/// A unit declares its shape (`spec`: name, group, summary, examples, arguments, options, which
/// of them carry secrets), its `run`, and, when it needs them, extra static checks (`check`,
/// run by the parser before anything runs), argument completion (`complete`) and a secret probe
/// (`holdsSecret`, for history redaction). `CommandRegistry` lists the units; the parser,
/// checker, help, completion, history redaction and dispatch all read it.
///
/// ```swift
/// struct EndMeeting: ShellCommand {
///     static let spec = CommandSpec(name: "end", group: "Zoom", summary: "end a meeting that is running",
///                                   options: [CommonOptions.dryRun], arguments: [CommonArguments.meetingID])
///     static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult { … }
/// }
/// ```
protocol ShellCommand: Sendable {
    /// The command's shape and documentation; `subcommands` are attached by the registry.
    static var spec: CommandSpec { get }
    /// The units chosen by the word after this one (`auth s2s`, `list users`).
    static var subcommands: [any ShellCommand.Type] { get }
    /// Does the work.
    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult
    /// Checks beyond the spec's, before anything runs (e.g. `set`'s field name); report with
    /// `checker.report(…)`.
    static func check(_ command: Command, _ checker: inout CommandChecker)
    /// Candidates for the word being completed, or nil for the spec's own (options, choices,
    /// meeting ids, paths).
    static func complete(_ request: CompletionRequest) -> [CompletionCandidate]?
    /// Whether a line with these words (the command's own words first, as typed) carries a
    /// secret that the spec's flags cannot see (e.g. `set passcode …`).
    static func holdsSecret(_ words: [String]) -> Bool
}

extension ShellCommand {
    static var subcommands: [any ShellCommand.Type] { [] }
    static func check(_ command: Command, _ checker: inout CommandChecker) {}
    static func complete(_ request: CompletionRequest) -> [CompletionCandidate]? { nil }
    static func holdsSecret(_ words: [String]) -> Bool { false }
}

/// What a unit's `complete` is asked.
struct CompletionRequest: Sendable {
    /// The word being completed, as typed so far.
    var word: String
    /// The positional words before it (options and their values left out).
    var arguments: [String]
    /// What the session knows.
    var context: CompletionContext
}
