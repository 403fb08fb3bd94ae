import Foundation

struct DryRunSwitch: ShellCommand {
    static let spec = CommandSpec(
        name: "dry-run", group: "Output", summary: "print requests instead of sending them",
        examples: ["dry-run on"], arguments: [OnOff.argument])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runSwitch(
            command, isOn: shell.state.modes.dryRun, set: { shell.state.modes.dryRun = $0 },
            noteOn: "dry-run on: requests are printed, not sent")
    }
}
