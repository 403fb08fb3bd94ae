import Foundation

struct AuthToken: ShellCommand {
    static let spec = CommandSpec(
        name: "token", summary: "use a bearer token you already have",
        examples: ["auth token", "auth token --env ZOOM_ACCESS_TOKEN"], options: [env])

    static let env = OptionSpec.variable("env", help: "read the token from this variable")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        let token = try await shell.secret(
            named: "access token", variable: try shell.option(command, env), option: env.name)
        return try shell.useCredentials(.token(token))
    }
}
