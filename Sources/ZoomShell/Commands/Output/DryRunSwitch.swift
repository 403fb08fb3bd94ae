import Foundation

struct DryRunSwitch: ShellCommand {
    static let spec = CommandSpec(
        name: "dry-run", group: "Output", summary: "print requests instead of sending them",
        examples: ["dry-run on"], arguments: [OnOff.argument])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runDryRun(command)
    }
}

extension Shell {
    func runDryRun(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else {
            return CommandResult(text: "dry-run \(state.modes.dryRun ? "on" : "off")", value: .bool(state.modes.dryRun))
        }
        state.modes.dryRun = try OnOff.parse(text, command: "dry-run")
        return .quiet(note: state.modes.dryRun ? "dry-run on: requests are printed, not sent" : "dry-run off")
    }
}
