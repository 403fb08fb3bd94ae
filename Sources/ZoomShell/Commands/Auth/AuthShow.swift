import Foundation
import ZoomKit
import ZoomModels

struct AuthShow: ShellCommand {
    static let spec = CommandSpec(
        name: "auth", group: "Auth",
        summary: "show or change how zoomsh authenticates (secrets are asked with echo off)",
        examples: ["auth", "auth s2s ACCOUNT_ID CLIENT_ID", "auth token"], isSensitive: true)

    static let subcommands: [any ShellCommand.Type] = [AuthS2S.self, AuthJWT.self, AuthToken.self, AuthRefresh.self]

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runAuthShow()
    }
}

extension Shell {
    func runAuthShow() async throws -> CommandResult {
        var pairs: [(String, String)] = []
        var value: JSONValue = [:]
        if let credentials = state.account.credentials {
            pairs.append(("method", credentials.description))
            value["method"] = .string(credentials.kindName)
        } else {
            pairs.append(("method", "none — set ZOOM_ACCOUNT_ID/ZOOM_CLIENT_ID/ZOOM_CLIENT_SECRET or 'auth s2s …'"))
        }
        if let connection, let token = await connection.provider.cachedToken() {
            let expiry =
                token.expiresAt.map { " until " + TimeDisplay.short($0, in: configuration.localTimeZone) } ?? ""
            pairs.append(("token", "cached\(expiry)"))
            if let scope = token.scope { pairs.append(("scopes", scope)) }
            value["token_cached"] = true
        } else {
            pairs.append(("token", "none yet (fetched on the first request)"))
            value["token_cached"] = false
        }
        let apiURL = state.account.apiURL ?? connection?.client.baseURL ?? ZoomKit.defaultAPIURL
        pairs.append(("api", apiURL + (configuration.isSandbox ? " (sandbox)" : "")))
        pairs.append(("oauth", state.account.oauthURL))
        if let profile = state.account.profileName { pairs.append(("profile", profile)) }
        value["api_url"] = .string(apiURL)
        value["oauth_url"] = .string(state.account.oauthURL)
        value["profile"] = state.account.profileName.map(JSONValue.string) ?? .null
        value["sandbox"] = .bool(configuration.isSandbox)
        return CommandResult(value: value, presentation: .record(headline: nil, pairs: pairs), setsLast: false)
    }
}
