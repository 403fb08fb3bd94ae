import Foundation
import ZoomKit

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
            let text = names.map { ($0 == state.profileName ? "* " : "  ") + $0 }.joined(separator: "\n")
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
        state.profileName = profile.name
        // The loader already applied flags > environment > profile: take what it says, even nil.
        state.credentials = profile.credentials
        state.apiURL = profile.apiURL
        state.oauthURL = profile.oauthURL ?? ZoomKit.defaultOAuthURL
        state.profileTimeZone = profile.timeZone
        state.userTimeZone = nil
        state.userTimeZoneLookupFailed = false
        if let host = profile.host { state.host = host }
        if let mode = profile.outputMode { state.outputMode = mode }
        connection = nil
        return .quiet(note: "profile \(profile.name)")
    }
}
