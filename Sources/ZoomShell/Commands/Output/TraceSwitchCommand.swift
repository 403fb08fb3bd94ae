import Foundation

struct TraceSwitchCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "trace", group: "Output", summary: "print HTTP requests and responses, secrets redacted",
        examples: ["trace on"], arguments: [OnOff.argument])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runSwitch(
            command, isOn: shell.traceSwitch.isOn, set: { shell.traceSwitch.isOn = $0 },
            noteOn: "trace on: HTTP traffic goes to standard error, secrets redacted")
    }
}
