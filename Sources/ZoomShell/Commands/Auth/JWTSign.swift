import Foundation
import ZoomKit
import ZoomModels

struct JWTSign: ShellCommand {
    static let spec = CommandSpec(
        name: "sign", summary: "sign claims with HS256 (exp in seconds)",
        examples: ["jwt sign iss=MyKey", "jwt sign --lifetime 5m --secret-env ZOOM_API_SECRET iss=MyKey"],
        options: [secretEnv, lifetime],
        arguments: [ArgumentSpec("CLAIM=VALUE", isOptional: true, isVariadic: true, isSecret: true)])

    static let secretEnv = OptionSpec.variable("secret-env", help: "the variable holding the secret")
    static let lifetime = OptionSpec.value("lifetime", "DURATION", help: "exp = now + DURATION (default 90s)")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runJWTSign(command)
    }
}

extension Shell {
    func runJWTSign(_ command: Command) async throws -> CommandResult {
        var claims = JSONObject()
        var defaultSecret: String?
        if case .jwt(let apiKey, let apiSecret) = state.account.credentials {
            claims["iss"] = .string(apiKey)
            defaultSecret = apiSecret
        }
        for pair in try texts(command.arguments) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw CommandError.usage("jwt sign: '\(pair)' is not CLAIM=VALUE (e.g. iss=MyApiKey)")
            }
            let text = String(parts[1])
            claims[String(parts[0])] =
                Int64(text).map(JSONValue.int) ?? (try? JSONValue(parsing: text)) ?? .string(text)
        }
        let lifetime = try option(command, JWTSign.lifetime).map { try DurationParser.interval($0) } ?? .seconds(90)
        let now = Int64(configuration.now().timeIntervalSince1970)
        if claims["iat"] == nil { claims["iat"] = .int(now) }
        if claims["exp"] == nil { claims["exp"] = .int(now + lifetime.components.seconds) }
        let secret: String
        if let variable = try option(command, JWTSign.secretEnv) {
            secret = try await self.secret(named: "secret", variable: variable)
        } else if let defaultSecret {
            secret = defaultSecret
        } else {
            secret = try await self.secret(named: "signing secret", variable: nil)
        }
        let token = try await ZoomJWT.sign(claims, secret: secret)
        return CommandResult(value: .string(token), presentation: .text(token))
    }
}
