import Foundation
import ZoomKit

struct AuthS2S: ShellCommand {
    static let spec = CommandSpec(
        name: "s2s", summary: "use a Server-to-Server OAuth app", examples: ["auth s2s AbC123 xyzClientId"],
        options: [secretEnv], arguments: [ArgumentSpec("ACCOUNT_ID"), ArgumentSpec("CLIENT_ID")])

    static let secretEnv = OptionSpec.variable("secret-env", help: "read the client secret from this variable")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        let words = try shell.texts(command.arguments)
        let secret = try await shell.secret(named: "client secret", variable: try shell.option(command, secretEnv))
        return try shell.useCredentials(.s2s(accountID: words[0], clientID: words[1], clientSecret: secret))
    }
}

extension Shell {
    /// Switches the session to `credentials` (checked first): the connection and what was
    /// learnt of the user are dropped.
    func useCredentials(_ credentials: ZoomCredentials) throws -> CommandResult {
        state.account.credentials = try credentials.validated()
        state.zones.user = nil
        state.zones.userLookupFailed = false
        connection = nil
        return .quiet(note: "auth: \(credentials.description) (the secret is kept in memory only)")
    }
}
