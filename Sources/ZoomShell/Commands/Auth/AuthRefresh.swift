import Foundation
import ZoomModels

struct AuthRefresh: ShellCommand {
    static let spec = CommandSpec(
        name: "refresh", summary: "drop the cached token and get a new one", examples: ["auth refresh"])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runAuthRefresh()
    }
}

extension Shell {
    func runAuthRefresh() async throws -> CommandResult {
        _ = try zoom()
        guard let provider = connection?.provider else { throw CommandError(.authentication, "no credentials") }
        if let token = await provider.cachedToken() { await provider.invalidate(token) }
        let token = try await provider.token()
        let expiry = token.expiresAt.map { " until " + TimeDisplay.short($0, in: configuration.localTimeZone) } ?? ""
        return CommandResult(
            value: [
                "refreshed": true, "expires_at": token.expiresAt.map { .string(ZoomDateTime.utcString($0)) } ?? .null,
            ],
            presentation: .text("new token\(expiry)"), setsLast: false)
    }
}
