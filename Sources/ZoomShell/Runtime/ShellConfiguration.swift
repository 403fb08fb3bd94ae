import Foundation
import ZoomKit

/// Everything a shell session starts from: where Zoom is, how to authenticate, defaults, and
/// the hooks the front end provides (secret prompt, history, clock).
public struct ShellConfiguration: Sendable {
    /// The API base URL given by a flag, the environment or the profile; nil = Zoom's default
    /// (or the `api_url` that came with an OAuth token).
    public var apiURL: String?
    /// The OAuth token URL.
    public var oauthURL: String = ZoomKit.defaultOAuthURL
    /// The credentials, if any were given.
    public var credentials: ZoomCredentials?
    /// The name of the active profile, if any.
    public var profileName: String?
    /// The names of the configured profiles, for `profile`.
    public var profileNames: [String] = []
    /// Loads another profile's settings, for `profile NAME` (the front end reads the config file).
    public var loadProfile: (@Sendable (String) throws -> ShellProfile)?
    /// How results print.
    public var outputMode: OutputMode = .table
    /// Print requests instead of sending them.
    public var dryRun = false
    /// Print HTTP traffic (redacted) on standard error.
    public var trace = false
    /// Go on after a failed command in scripts.
    public var continueOnError = false
    /// The default time zone of new meetings (the profile's), if any.
    public var defaultTimeZone: TimeZone?
    /// The user meetings are created for (`me`, an id or an email).
    public var host = "me"
    /// Whether the session talks to the built-in sandbox.
    public var isSandbox = false
    /// Whether a person is typing (secrets are asked for, prompts shown).
    public var isInteractive = false
    /// How requests travel; nil = the AsyncHTTPClient transport.
    public var transport: (any HTTPTransport)?
    /// Where OAuth tokens are cached on disk; nil = no disk cache.
    public var tokenCacheDirectory: String?
    /// The process environment (for `$ENV`-style lookups and credentials).
    public var environment: [String: String] = [:]
    /// Asks for a secret with echo off; nil when nobody can answer (scripts).
    public var readSecret: (@Sendable (String) async -> String?)?
    /// The lines of the persistent history, for `history`.
    public var historyEntries: (@Sendable () -> [String])?
    /// The current time (injectable for tests).
    public var now: @Sendable () -> Date = { Date() }
    /// The zone of the machine, shown as "local" (`TZ` is honoured, `:Area/City` and zoneinfo
    /// paths included).
    public var localTimeZone: TimeZone = TimeZoneNames.system()
    /// Waits (injectable for tests).
    public var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    /// The directory relative `source` paths are read from.
    public var workingDirectory: String = FileManager.default.currentDirectoryPath

    /// A configuration with defaults.
    public init() {}
}

/// The settings a profile brings when the shell switches to it.
public struct ShellProfile: Sendable {
    /// The profile's name.
    public var name: String
    /// Its credentials, if it has any.
    public var credentials: ZoomCredentials?
    /// Its API base URL.
    public var apiURL: String?
    /// Its OAuth token URL.
    public var oauthURL: String?
    /// Its default time zone.
    public var timeZone: TimeZone?
    /// Its default host user.
    public var host: String?
    /// Its output mode.
    public var outputMode: OutputMode?

    /// A profile.
    public init(name: String) { self.name = name }
}
