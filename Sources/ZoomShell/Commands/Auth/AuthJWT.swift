import Foundation
import ZoomKit

struct AuthJWT: ShellCommand {
    static let spec = CommandSpec(
        name: "jwt", summary: "use a legacy JWT app (Zoom retired them in 2023)", examples: ["auth jwt MyApiKey"],
        options: [secretEnv], arguments: [ArgumentSpec("API_KEY")])

    static let secretEnv = OptionSpec.variable("secret-env", help: "read the API secret from this variable")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        let apiKey = try shell.argument(command, 0) ?? ""
        let variable = try shell.option(command, secretEnv)
        let secret = try await shell.secret(named: "API secret", variable: variable)
        do {
            try ZoomJWT.checkSecret(secret, name: variable.map { "the API secret in \($0)" } ?? "the API secret")
        } catch {
            throw CommandError(.authentication, "\(error.message); nothing changed")
        }
        return try shell.useCredentials(.jwt(apiKey: apiKey, apiSecret: secret))
    }
}
