import Foundation
import ZoomKit
import ZoomModels

struct Whoami: ShellCommand {
    static let spec = CommandSpec(
        name: "whoami", group: "Zoom", summary: "show the user requests act as", examples: ["whoami"],
        options: [CommonOptions.dryRun])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runWhoami(command)
    }
}

extension Shell {
    func runWhoami(_ command: Command) async throws -> CommandResult {
        let request = try ZoomRequest.getUser("me")
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let user = try User(json: try response.json() ?? .null)
        if let zone = user.timezone.flatMap(TimeZoneNames.zone(named:)) { state.zones.user = zone }
        var pairs: [(String, String)] = [("id", user.id)]
        if let email = user.email { pairs.append(("email", email)) }
        let name = [user.firstName, user.lastName].compactMap { $0 }.joined(separator: " ")
        if !name.isEmpty { pairs.append(("name", name)) }
        if let type = user.type {
            pairs.append(("type", User.typeName(type)))
        }
        if let zone = user.timezone { pairs.append(("timezone", zone)) }
        if let account = user.accountID { pairs.append(("account", account)) }
        if let pmi = user.pmi { pairs.append(("pmi", String(pmi))) }
        pairs.append(("auth", connection?.provider.summary ?? ""))
        if configuration.isSandbox { pairs.append(("api", "sandbox (offline; nothing here is a real meeting)")) }
        return CommandResult(value: user.raw, presentation: .record(headline: nil, pairs: pairs))
    }
}
