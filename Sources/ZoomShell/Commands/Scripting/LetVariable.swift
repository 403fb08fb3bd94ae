import Foundation

struct LetVariable: ShellCommand {
    static let spec = CommandSpec(
        name: "let", group: "Scripting", summary: "set a variable; a lone $reference keeps its JSON",
        examples: ["let id = $last.id", "let title = \"Sync $1\""], form: .assignment)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runLet(command)
    }
}

extension Shell {
    func runLet(_ command: Command) throws -> CommandResult {
        guard let assignment = command.assignment else { throw CommandError.usage("usage: let NAME = VALUE") }
        // `$last`, `$draft`… are the shell's: a `let` would hide every later result behind it.
        guard !(["status", "?", "#", "@"] + SessionVariables.builtinNames).contains(assignment.name) else {
            throw CommandError.usage("let: '$\(assignment.name)' is set by the shell and cannot be assigned")
        }
        let value = try assignment.value.expandedValue(in: variables)
        state.script.variables[assignment.name] = value
        return .quiet(note: "\(assignment.name) = \(value.compactText)")
    }
}
