import Foundation

struct OnError: ShellCommand {
    static let spec = CommandSpec(
        name: "on-error", group: "Scripting", summary: "stop a script at the first error, or go on",
        examples: ["on-error continue"], arguments: [ArgumentSpec("MODE", choices: ["stop", "continue"])])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runOnError(command)
    }
}

extension Shell {
    func runOnError(_ command: Command) throws -> CommandResult {
        let mode = try argument(command, 0)?.lowercased() ?? ""
        switch mode {
        case "stop": state.script.stopOnError = true
        case "continue": state.script.stopOnError = false
        default: throw CommandError.usage("on-error: '\(mode)' is not a mode; use stop or continue")
        }
        return .quiet(note: "on-error \(mode)")
    }
}
