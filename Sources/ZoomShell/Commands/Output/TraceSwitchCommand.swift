import Foundation

struct TraceSwitchCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "trace", group: "Output", summary: "print HTTP requests and responses, secrets redacted",
        examples: ["trace on"], arguments: [OnOff.argument])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runTrace(command)
    }
}

extension Shell {
    func runTrace(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else {
            return CommandResult(text: "trace \(traceSwitch.isOn ? "on" : "off")", value: .bool(traceSwitch.isOn))
        }
        traceSwitch.isOn = try OnOff.parse(text, command: "trace")
        return .quiet(
            note: traceSwitch.isOn ? "trace on: HTTP traffic goes to standard error, secrets redacted" : "trace off")
    }
}
