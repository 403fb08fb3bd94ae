import Foundation

struct Echo: ShellCommand {
    static let spec = CommandSpec(
        name: "echo", group: "Scripting", summary: "print words", examples: ["echo \"created $last.id\""],
        arguments: [ArgumentSpec("WORD", isOptional: true, isVariadic: true)], form: .verbatim)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runEcho(command)
    }
}

extension Shell {
    func runEcho(_ command: Command) throws -> CommandResult {
        let text = try texts(command.arguments).joined(separator: " ")
        return CommandResult(value: .string(text), presentation: .text(text + "\n"), setsLast: false)
    }
}
