import Foundation

/// `sdk signature`: the parent does nothing alone.
struct SDKTool: ShellCommand {
    static let spec = CommandSpec(
        name: "sdk", group: "Auth", summary: "make a Meeting SDK signature",
        examples: ["sdk signature 85746065432 --role attendee"], requiresSubcommand: true)

    static let subcommands: [any ShellCommand.Type] = [SDKSignature.self]

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        throw CommandError.usage("sdk needs a subcommand: signature")
    }
}
