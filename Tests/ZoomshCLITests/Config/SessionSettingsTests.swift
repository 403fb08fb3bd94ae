import Foundation
import TestSupport
import Testing
import ZoomKit
import ZoomShell

@testable import ZoomshCLI

/// flags > environment > profile > defaults, resolved without a process.
@Suite("SessionSettings: resolution")
struct SessionSettingsTests {
    let directory: TemporaryDirectory
    let paths: ConfigPaths

    init() throws {
        directory = try TemporaryDirectory(prefix: "zoomsh-settings")
        paths = ConfigPaths(environment: ["HOME": directory.path, "XDG_CONFIG_HOME": directory.path + "/config"])
        try FileManager.default.createDirectory(atPath: paths.configDirectory, withIntermediateDirectories: true)
    }

    func config(_ text: String) throws {
        let written = FileManager.default.createFile(
            atPath: paths.configFile, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        try #require(written, "could not write \(paths.configFile)")
    }

    func resolve(
        _ flags: [String] = [], _ environment: [String: String] = [:], isTerminal: Bool = false
    ) throws -> SessionSettings {
        try SessionSettings.resolve(
            options: try GlobalOptions.parse(flags), environment: environment, isTerminal: isTerminal, paths: paths)
    }

    func failure(_ flags: [String] = [], _ environment: [String: String] = [:]) -> String {
        do {
            _ = try resolve(flags, environment)
            return "(resolved)"
        } catch {
            return "\(error)"
        }
    }

    static let profiles = """
        default_profile = "main"
        [profiles.main]
        api_url = "https://profile.example/v2"
        oauth_url = "https://profile.example/oauth"
        timezone = "Asia/Tokyo"
        host = "ana@example.com"
        output = "plain"
        account_id = "p-acct"
        client_id = "p-client"
        client_secret = "p-secret"
        [profiles.jwt]
        api_key = "key"
        api_secret_env = "JWT_SECRET"
        [profiles.token]
        access_token = "p-token"
        [profiles.broken]
        account_id = "only-this"
        [profiles.bare]
        host = "me"
        """

    @Test func defaultsWithoutAnything() throws {
        defer { directory.remove() }
        let settings = try resolve()
        #expect(settings.configFile == nil)
        #expect(settings.configuration.apiURL == nil, "nil means Zoom's default")
        #expect(settings.configuration.oauthURL == ZoomKit.defaultOAuthURL)
        #expect(settings.configuration.credentials == nil)
        #expect(settings.configuration.profileName == nil)
        #expect(settings.configuration.host == "me")
        #expect(settings.configuration.outputMode == .json)
        #expect(settings.configuration.tokenCacheDirectory == paths.cacheDirectory)
        #expect(try resolve(isTerminal: true).configuration.outputMode == .table)
    }

    @Test func urlsFollowFlagsThenEnvironmentThenProfile() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        let environment = ["ZOOM_API_URL": "https://env.example/v2", "ZOOM_OAUTH_URL": "https://env.example/oauth"]
        let flags = ["--api-url", "https://flag.example/v2", "--oauth-url", "https://flag.example/oauth"]
        let profile = try resolve().configuration
        #expect(profile.apiURL == "https://profile.example/v2")
        #expect(profile.oauthURL == "https://profile.example/oauth")
        let env = try resolve([], environment).configuration
        #expect(env.apiURL == "https://env.example/v2")
        #expect(env.oauthURL == "https://env.example/oauth")
        let flagged = try resolve(flags, environment).configuration
        #expect(flagged.apiURL == "https://flag.example/v2")
        #expect(flagged.oauthURL == "https://flag.example/oauth")
        let emptyEnvironment = try resolve([], ["ZOOM_API_URL": ""]).configuration
        #expect(emptyEnvironment.apiURL == "https://profile.example/v2", "an empty variable counts as unset")
    }

    @Test func profileIsChosenByFlagThenZOOMSHPROFILEThenDefault() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        #expect(try resolve().configuration.profileName == "main")
        #expect(try resolve([], ["ZOOMSH_PROFILE": "token"]).configuration.profileName == "token")
        #expect(try resolve(["--profile", "bare"], ["ZOOMSH_PROFILE": "token"]).configuration.profileName == "bare")
        #expect(try resolve().configuration.profileNames == ["bare", "broken", "jwt", "main", "token"])
    }

    @Test func missingProfileSaysWhoAskedForIt() throws {
        defer { directory.remove() }
        #expect(failure(["--profile", "work"]).contains("no config file"))
        try config(Self.profiles)
        let flag = failure(["--profile", "nope"])
        #expect(
            flag.contains("--profile") && flag.contains("'nope'") && flag.contains("bare, broken, jwt, main, token"))
        #expect(failure([], ["ZOOMSH_PROFILE": "nope"]).contains("ZOOMSH_PROFILE"))
    }

    @Test func profileBringsItsDefaults() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        let configuration = try resolve().configuration
        #expect(configuration.defaultTimeZone?.identifier == "Asia/Tokyo")
        #expect(configuration.host == "ana@example.com")
        #expect(configuration.outputMode == .plain)
        #expect(configuration.credentials == .s2s(accountID: "p-acct", clientID: "p-client", clientSecret: "p-secret"))
    }

    @Test func outputFlagsBeatTheProfile() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        #expect(try resolve(["--json"]).configuration.outputMode == .json)
        #expect(try resolve(["--output", "TABLE"]).configuration.outputMode == .table)
        #expect(try resolve(["--json", "--output", "json"]).configuration.outputMode == .json)
    }

    @Test func environmentCredentialsBeatTheProfile() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        let token = try resolve([], ["ZOOM_ACCESS_TOKEN": "env-token"]).configuration.credentials
        #expect(token == .token("env-token"))
        let s2s = try resolve([], ["ZOOM_ACCOUNT_ID": "a", "ZOOM_CLIENT_ID": "c", "ZOOM_CLIENT_SECRET": "s"])
        #expect(s2s.configuration.credentials == .s2s(accountID: "a", clientID: "c", clientSecret: "s"))
        // Not a complete set: it fills in the default profile's keys of that kind.
        let partial = try resolve([], ["ZOOM_CLIENT_ID": "c"]).configuration.credentials
        #expect(partial == .s2s(accountID: "p-acct", clientID: "c", clientSecret: "p-secret"))
        #expect(failure(["--profile", "bare"], ["ZOOM_CLIENT_ID": "c"]).contains("ZOOM_ACCOUNT_ID"))
        #expect(failure(["--profile", "jwt"], ["ZOOM_API_SECRET": ""]).contains("JWT_SECRET"))
    }

    @Test func profileCredentialKinds() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        #expect(try resolve(["--profile", "token"]).configuration.credentials == .token("p-token"))
        let jwt = try resolve(["--profile", "jwt"], ["JWT_SECRET": "from-env"]).configuration.credentials
        #expect(jwt == .jwt(apiKey: "key", apiSecret: "from-env"))
        #expect(failure(["--profile", "jwt"]).contains("api_secret_env names JWT_SECRET, which is not set"))
        #expect(failure(["--profile", "broken"]).contains("needs account_id, client_id and client_secret"))
        #expect(try resolve(["--profile", "bare"]).configuration.credentials == nil)
    }

    @Test func sandboxIgnoresTheDefaultProfile() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        let configuration = try resolve(["--sandbox"], ["ZOOMSH_PROFILE": "token"]).configuration
        #expect(configuration.profileName == nil)
        #expect(configuration.credentials == nil)
    }

    @Test func badEnvironmentURLsAreConfigurationErrors() throws {
        defer { directory.remove() }
        #expect(failure([], ["ZOOM_API_URL": "api.zoom.us/v2"]).contains("ZOOM_API_URL"))
        #expect(failure([], ["ZOOM_OAUTH_URL": "file:///etc/passwd"]).contains("ZOOM_OAUTH_URL"))
    }

    @Test func flagsReachTheConfiguration() throws {
        defer { directory.remove() }
        let configuration = try resolve(["--dry-run", "--trace", "--continue-on-error"]).configuration
        #expect(configuration.dryRun && configuration.trace && configuration.continueOnError)
    }

    @Test func profileSwitchInsideTheShell() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        let file = try resolve().configFile
        let main = try SessionSettings.shellProfile("main", file: file, environment: [:])
        #expect(main.apiURL == "https://profile.example/v2")
        #expect(main.timeZone?.identifier == "Asia/Tokyo")
        #expect(main.outputMode == .plain)
        #expect(main.oauthURL == "https://profile.example/oauth")
        #expect(throws: ConfigError.self) { try SessionSettings.shellProfile("nope", file: file, environment: [:]) }
        #expect(throws: ConfigError.self) { try SessionSettings.shellProfile("jwt", file: file, environment: [:]) }
        let bare = try SessionSettings.shellProfile("bare", file: file, environment: [:])
        #expect(bare.oauthURL == ZoomKit.defaultOAuthURL, "not the previous profile's OAuth URL")
    }

    @Test func profileSwitchKeepsThePrecedenceOfFlagsAndEnvironment() throws {
        defer { directory.remove() }
        try config(Self.profiles)
        let file = try resolve().configFile
        let flags = try GlobalOptions.parse(["--api-url", "https://flag.example/v2", "--json"])
        let switched = try SessionSettings.shellProfile(
            "main", file: file, environment: ["ZOOM_OAUTH_URL": "https://env.example/oauth"], options: flags)
        #expect(switched.apiURL == "https://flag.example/v2")
        #expect(switched.oauthURL == "https://env.example/oauth")
        #expect(switched.outputMode == nil, "--json beats the profile's output")
        let sandbox = try GlobalOptions.parse(["--sandbox"])
        #expect(throws: ConfigError.self) {
            try SessionSettings.shellProfile("main", file: file, environment: [:], options: sandbox)
        }
    }
}
