import Foundation
import ZoomKit

struct SDKSignature: ShellCommand {
    static let spec = CommandSpec(
        name: "signature", summary: "a Meeting SDK JWT for a meeting number",
        examples: ["sdk signature 85746065432 --role host --lifetime 2h"],
        options: [role, lifetime, key, secretEnv], arguments: [CommonArguments.meetingID])

    static let role = OptionSpec.value("role", "ROLE", choices: ["host", "attendee"], help: "host (1) or attendee (0)")
    static let lifetime = OptionSpec.value("lifetime", "DURATION", help: "30m to 48h (default 2h)")
    static let key = OptionSpec.value(
        "key", "SDK_KEY", help: "the SDK key or client id (default: the session's client id)")
    static let secretEnv = OptionSpec.variable("secret-env", help: "the variable holding the SDK secret")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runSDKSignature(command)
    }
}

extension Shell {
    func runSDKSignature(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let roleText = try option(command, SDKSignature.role)?.lowercased() ?? "attendee"
        let role: MeetingSDKSignature.Role = roleText == "host" ? .host : .attendee
        let lifetime = try option(command, SDKSignature.lifetime).map { try DurationParser.interval($0) }
        var key = try option(command, SDKSignature.key)
        var secret: String?
        switch state.account.credentials {
        case .s2s(_, let clientID, let clientSecret)?:
            key = key ?? clientID
            secret = clientSecret
        case .jwt(let apiKey, let apiSecret)?:
            key = key ?? apiKey
            secret = apiSecret
        default: break
        }
        if let variable = try option(command, SDKSignature.secretEnv) {
            secret = try await self.secret(named: "SDK secret", variable: variable)
        }
        guard let key else {
            throw CommandError.usage("sdk signature: give --key SDK_KEY (no client id in this session)")
        }
        let sdkSecret: String
        if let secret {
            sdkSecret = secret
        } else {
            sdkSecret = try await self.secret(named: "SDK secret", variable: nil)
        }
        let signature = MeetingSDKSignature(
            sdkKey: key, meetingNumber: id, role: role,
            lifetime: lifetime.map { Int($0.components.seconds) } ?? MeetingSDKSignature.defaultLifetime,
            issuedAt: configuration.now())
        let token = try await signature.sign(secret: sdkSecret)
        return CommandResult(value: ["signature": .string(token), "sdkKey": .string(key)], presentation: .text(token))
    }
}
