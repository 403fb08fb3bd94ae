import Foundation

struct Sleep: ShellCommand {
    static let spec = CommandSpec(
        name: "sleep", group: "Scripting", summary: "wait (2s, 500ms, 1m)", examples: ["sleep 2s"],
        arguments: [ArgumentSpec("DURATION")])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runSleep(command)
    }
}

extension Shell {
    func runSleep(_ command: Command) async throws -> CommandResult {
        let text = try argument(command, 0) ?? ""
        let duration = try DurationParser.interval(text)
        try await configuration.sleep(duration)
        return .quiet()
    }
}
