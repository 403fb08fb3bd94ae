import Foundation

struct Exit: ShellCommand {
    static let spec = CommandSpec(
        name: "exit", group: "Scripting", summary: "leave with an exit code (default: $status)",
        examples: ["exit", "exit 1"], arguments: [ArgumentSpec("N", isOptional: true)])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runExit(command)
    }
}

extension Shell {
    func runExit(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else { throw ExitRequest(code: ExitCode(Int32(state.script.status))) }
        guard let code = Int32(text), (0...255).contains(code) else {
            throw CommandError.usage("exit: '\(text)' is not an exit code; give a number from 0 to 255")
        }
        throw ExitRequest(code: ExitCode(code))
    }
}
