import Foundation

struct Print: ShellCommand {
    static let spec = CommandSpec(
        name: "print", group: "Scripting", summary: "print a value; JSON keeps its shape",
        examples: ["print $last.settings"], arguments: [ArgumentSpec("VALUE", isVariadic: true)], form: .verbatim)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runPrint(command)
    }
}

extension Shell {
    func runPrint(_ command: Command) throws -> CommandResult {
        let value = try command.arguments.expandedValue(in: variables)
        switch value {
        case .object, .array: return CommandResult(value: value, presentation: .json, setsLast: false)
        default: return CommandResult(value: value, presentation: .text(value.plainText), setsLast: false)
        }
    }
}
