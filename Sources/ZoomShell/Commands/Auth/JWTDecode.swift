import Foundation
import ZoomKit
import ZoomModels

struct JWTDecode: ShellCommand {
    static let spec = CommandSpec(
        name: "decode", summary: "print a JWT's header and claims (and check it with --secret-env)",
        examples: ["jwt decode eyJhbGciOi…"],
        options: [secretEnv], arguments: [ArgumentSpec("TOKEN", isSecret: true)])

    static let secretEnv = OptionSpec.variable("secret-env", help: "verify the signature with this variable's value")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runJWTDecode(command)
    }
}

extension Shell {
    func runJWTDecode(_ command: Command) async throws -> CommandResult {
        let token = try argument(command, 0) ?? ""
        let secret = try option(command, JWTDecode.secretEnv).map { variable -> String in
            guard let value = configuration.environment[variable], !value.isEmpty else {
                throw CommandError.usage("jwt decode: the environment variable \(variable) is not set")
            }
            return value
        }
        let decoded = try await ZoomJWT.decode(token, secret: secret, now: configuration.now())
        var value: JSONValue = ["header": decoded.header, "payload": decoded.payload]
        var text = "header  \(decoded.header.compactText)\npayload \(decoded.payload.prettyText)\n"
        if let valid = decoded.signatureValid {
            value["signature_valid"] = .bool(valid)
            text += "signature \(valid ? "valid" : "INVALID")\n"
        }
        if let expiresAt = decoded.expiresAt {
            let expired = decoded.isExpired ?? false
            value["expired"] = .bool(expired)
            text += "expires \(ZoomDateTime.utcString(expiresAt))\(expired ? " (expired)" : "")\n"
        }
        for warning in decoded.warnings { text += "warning: \(warning)\n" }
        if decoded.signatureValid == false {
            // The claims still print (they are what one wants to see), but the check failed.
            render(CommandResult(value: value, presentation: .text(text)))
            throw CommandError.failed(
                "jwt decode: the signature does not match the secret in \(try option(command, JWTDecode.secretEnv) ?? "")"
            )
        }
        return CommandResult(value: value, presentation: .text(text))
    }
}
