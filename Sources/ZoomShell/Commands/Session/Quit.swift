import Foundation

struct Quit: ShellCommand {
    static let spec = CommandSpec(name: "quit", group: "Shell", summary: "leave the shell", examples: ["quit"])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        throw ExitRequest(code: nil)
    }
}
