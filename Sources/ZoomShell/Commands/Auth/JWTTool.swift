import Foundation

/// `jwt sign|decode`: the parent does nothing alone.
struct JWTTool: ShellCommand {
    static let spec = CommandSpec(
        name: "jwt", group: "Auth", summary: "sign or decode a JWT",
        examples: ["jwt decode $token", "jwt sign --secret-env SECRET iss=abc"], requiresSubcommand: true,
        isSensitive: true)

    static let subcommands: [any ShellCommand.Type] = [JWTSign.self, JWTDecode.self]

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        throw CommandError.usage("jwt needs a subcommand: sign or decode")
    }
}
