import Foundation

struct OutputModeCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "output", group: "Output", summary: "choose how results print (no argument: show it)",
        examples: ["output json"],
        arguments: [ArgumentSpec("MODE", isOptional: true, choices: OutputMode.allCases.map(\.rawValue))])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runOutput(command)
    }
}

extension Shell {
    func runOutput(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else {
            return CommandResult(
                text: "output \(state.modes.output.rawValue)", value: .string(state.modes.output.rawValue))
        }
        guard let mode = OutputMode(rawValue: text.lowercased()) else {
            throw CommandError.usage("output: '\(text)' is not a mode; use table, json or plain")
        }
        state.modes.output = mode
        return .quiet(note: "output \(mode.rawValue)")
    }
}
