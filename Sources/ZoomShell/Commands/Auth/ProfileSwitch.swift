import Foundation
import ZoomKit
import ZoomModels

struct ProfileSwitch: ShellCommand {
    static let spec = CommandSpec(
        name: "profile", group: "Auth", summary: "list profiles, or switch to one",
        examples: ["profile", "profile work"],
        arguments: [ArgumentSpec("NAME", isOptional: true, completion: .profileName)])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runProfile(command)
    }
}

extension Shell {
    func runProfile(_ command: Command) throws -> CommandResult {
        guard let name = try argument(command, 0) else {
            let names = configuration.profileNames
            if names.isEmpty {
                return CommandResult(
                    value: .array([]),
                    presentation: .text(
                        "no profiles: add [profiles.NAME] tables to $XDG_CONFIG_HOME/zoomsh/config.toml"),
                    setsLast: false)
            }
            let text = names.map { ($0 == state.account.profileName ? "* " : "  ") + $0 }.joined(separator: "\n")
            return CommandResult(value: .array(names.map(JSONValue.string)), presentation: .text(text), setsLast: false)
        }
        guard let loadProfile = configuration.loadProfile else {
            throw CommandError(
                .configuration, "profile: no config file was read, so there are no profiles to switch to")
        }
        let profile: ShellProfile
        do {
            profile = try loadProfile(name)
        } catch {
            throw CommandError(.configuration, "profile: \(error)")
        }
        state.account.profileName = profile.name
        // The loader already applied flags > environment > profile: take what it says, even nil.
        state.account.credentials = profile.credentials
        state.account.apiURL = profile.apiURL
        state.account.oauthURL = profile.oauthURL ?? ZoomKit.defaultOAuthURL
        state.zones.profile = profile.timeZone
        state.zones.user = nil
        state.zones.userLookupFailed = false
        if let host = profile.host { state.host = host }
        if let mode = profile.outputMode { state.modes.output = mode }
        connection = nil
        return .quiet(note: "profile \(profile.name)")
    }
}
