import Foundation
import ZoomKit
import ZoomShell

/// The settings a session starts with, resolved from flags > environment > profile > defaults
/// (credentials: see `resolveCredentials`).
public struct SessionSettings: Sendable {
    /// The shell's configuration (no sandbox, no hooks yet).
    public var configuration: ShellConfiguration
    /// The config file that was read, if any.
    public var configFile: ConfigFile?
    /// Problems that do not stop the session, for standard error (`zoomsh: warning: …`).
    public var warnings: [String] = []

    /// Resolves the settings. `isTerminal` is whether standard output is a terminal (it picks
    /// the default output mode).
    public static func resolve(
        options: GlobalOptions, environment: [String: String], isTerminal: Bool, paths: ConfigPaths
    ) throws(ConfigError) -> SessionSettings {
        var warnings: [String] = []
        let configFile: ConfigFile?
        do {
            configFile = try ConfigFile.load(path: paths.configFile)
        } catch  where options.sandbox {
            // The sandbox has its own credentials and never reads a profile.
            warnings.append("\(error); ignored with --sandbox, which reads no profile")
            configFile = nil
        }
        var configuration = ShellConfiguration()
        configuration.environment = environment
        configuration.dryRun = options.dryRun
        configuration.trace = options.trace
        configuration.continueOnError = options.continueOnError
        configuration.tokenCacheDirectory = paths.cacheDirectory

        var profile: Profile?
        var chosenBy: String?
        if let (profileName, source) = chosenProfile(options: options, environment: environment, file: configFile),
            !options.sandbox
        {
            guard let configFile else {
                throw ConfigError(
                    "\(source) names the profile '\(profileName)', but there is no config file \(paths.configFile)")
            }
            guard let found = configFile.profiles[profileName] else {
                let names = configFile.profileNames
                throw ConfigError(
                    "\(source) names the profile '\(profileName)', which \(paths.configFile) does not have"
                        + (names.isEmpty ? " (it has no profiles)" : "; profiles: \(names.joined(separator: ", "))"))
            }
            profile = found
            if source != "default_profile" { chosenBy = "\(source) \(profileName)" }
        }
        configuration.profileName = profile?.name
        configuration.profileNames = configFile?.profileNames ?? []

        if !options.sandbox {
            for variable in ["ZOOM_API_URL", "ZOOM_OAUTH_URL"] {
                if let value = nonEmpty(environment[variable]), let problem = SettingChecks.urlProblem(value) {
                    throw ConfigError("\(variable): \(problem)")
                }
            }
            configuration.apiURL = options.apiURL ?? nonEmpty(environment["ZOOM_API_URL"]) ?? profile?.apiURL
            configuration.oauthURL =
                options.oauthURL ?? nonEmpty(environment["ZOOM_OAUTH_URL"]) ?? profile?.oauthURL
                ?? ZoomKit.defaultOAuthURL
            let resolved = try resolveCredentials(profile: profile, chosenBy: chosenBy, environment: environment)
            configuration.credentials = resolved.credentials
            warnings += resolved.warnings
        }
        if let zone = profile?.timezone {
            configuration.defaultTimeZone = try Self.profileZone(zone, profile: profile!.name)
        }
        if let host = profile?.host { configuration.host = host }
        configuration.outputMode = try outputMode(options: options, profile: profile, isTerminal: isTerminal)
        return SessionSettings(configuration: configuration, configFile: configFile, warnings: warnings)
    }

    /// The profile asked for and who asked: `--profile`, `ZOOMSH_PROFILE` or `default_profile`.
    static func chosenProfile(
        options: GlobalOptions, environment: [String: String], file: ConfigFile?
    ) -> (name: String, source: String)? {
        if let name = options.profile { return (name, "--profile") }
        if let name = nonEmpty(environment["ZOOMSH_PROFILE"]) { return (name, "ZOOMSH_PROFILE") }
        if let name = file?.defaultProfile { return (name, "default_profile") }
        return nil
    }

    static func outputMode(options: GlobalOptions, profile: Profile?, isTerminal: Bool) throws(ConfigError)
        -> OutputMode
    {
        if options.json { return .json }
        if let text = options.output ?? profile?.output {
            guard let mode = SettingChecks.outputMode(text) else {
                throw ConfigError("output \(SettingChecks.outputProblem(text) ?? text)")
            }
            return mode
        }
        return isTerminal ? .table : .json
    }

    /// The settings `profile NAME` switches to, with the same precedence as at start: the
    /// flags and the environment still beat the profile's URLs, and an output flag beats its
    /// output mode. A sandbox session does not switch: the sandbox has its own credentials.
    static func shellProfile(
        _ name: String, file: ConfigFile?, environment: [String: String], options: GlobalOptions? = nil
    ) throws -> ShellProfile {
        if options?.sandbox == true {
            throw ConfigError(
                "a --sandbox session keeps the sandbox's credentials; to use the profile '\(name)', "
                    + "start zoomsh --profile \(name)")
        }
        guard let file, let profile = file.profiles[name] else {
            let names = file?.profileNames ?? []
            throw ConfigError(
                "no profile '\(name)'" + (names.isEmpty ? "" : "; profiles: \(names.joined(separator: ", "))"))
        }
        var shellProfile = ShellProfile(name: name)
        shellProfile.credentials =
            try resolveCredentials(profile: profile, chosenBy: "profile \(name)", environment: environment).credentials
        shellProfile.apiURL = options?.apiURL ?? nonEmpty(environment["ZOOM_API_URL"]) ?? profile.apiURL
        shellProfile.oauthURL =
            options?.oauthURL ?? nonEmpty(environment["ZOOM_OAUTH_URL"]) ?? profile.oauthURL ?? ZoomKit.defaultOAuthURL
        if let zone = profile.timezone { shellProfile.timeZone = try Self.profileZone(zone, profile: name) }
        shellProfile.host = profile.host
        if options?.json != true && options?.output == nil {
            shellProfile.outputMode = profile.output.flatMap(SettingChecks.outputMode)
        }
        return shellProfile
    }
}

func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
}

extension SessionSettings {
    /// A profile's `timezone`, read by the shell's rules (IANA names, any case; no `PST`).
    static func profileZone(_ name: String, profile: String) throws(ConfigError) -> TimeZone {
        do {
            return try TimeZoneNames.resolve(name)
        } catch {
            throw ConfigError("profile \(profile): timezone: \((error as? ValueError)?.message ?? "\(error)")")
        }
    }
}
