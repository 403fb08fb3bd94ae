import Foundation
import TestSupport
import Testing
import ZoomKit
import ZoomShell

@testable import ZoomshCLI

/// A profile chosen on purpose keeps its kind of credentials; ZOOM_* variables of that kind fill
/// in or override its keys; other kinds are ignored with a warning.
@Suite("SessionSettings: credentials of a chosen profile and the environment")
struct CredentialMergeTests {
    static let work = Profile.with(["account_id": "p-acct", "client_id": "p-client"], name: "work")

    func resolve(_ profile: Profile?, chosenBy: String? = "--profile work", _ environment: [String: String]) throws
        -> (credentials: ZoomCredentials?, warnings: [String])
    {
        try SessionSettings.resolveCredentials(profile: profile, chosenBy: chosenBy, environment: environment)
    }

    @Test func theEnvironmentSecretCompletesAChosenProfile() throws {
        let resolved = try resolve(Self.work, ["ZOOM_CLIENT_SECRET": "env-secret"])
        #expect(resolved.credentials == .s2s(accountID: "p-acct", clientID: "p-client", clientSecret: "env-secret"))
        #expect(resolved.warnings.isEmpty)
        let overridden = try resolve(Self.work, ["ZOOM_CLIENT_SECRET": "s", "ZOOM_CLIENT_ID": "env-client"])
        #expect(overridden.credentials == .s2s(accountID: "p-acct", clientID: "env-client", clientSecret: "s"))
    }

    @Test func anotherKindInTheEnvironmentIsIgnoredWithAWarning() throws {
        var work = Self.work
        work.clientSecret = "p-secret"
        let resolved = try resolve(work, ["ZOOM_ACCESS_TOKEN": "env-token", "ZOOM_API_KEY": "k"])
        #expect(resolved.credentials == .s2s(accountID: "p-acct", clientID: "p-client", clientSecret: "p-secret"))
        #expect(
            resolved.warnings == [
                "ZOOM_ACCESS_TOKEN, ZOOM_API_KEY are set but not used: --profile work has Server-to-Server OAuth "
                    + "credentials"
            ])
    }

    @Test func withoutAChoiceOrProfileCredentialsTheEnvironmentWinsAsBefore() throws {
        var work = Self.work
        work.clientSecret = "p-secret"
        let implicit = try resolve(work, chosenBy: nil, ["ZOOM_ACCESS_TOKEN": "env-token"])
        #expect(implicit.credentials == .token("env-token"))
        let bare = try resolve(Profile(name: "bare"), ["ZOOM_ACCESS_TOKEN": "env-token"])
        #expect(bare.credentials == .token("env-token"))
        #expect(throws: ConfigError.self) { try resolve(Self.work, [:]) }
    }

    @Test func aSandboxIgnoresAConfigFileItCannotUse() throws {
        let directory = try TemporaryDirectory(prefix: "zoomsh-cm")
        defer { directory.remove() }
        let paths = ConfigPaths(environment: ["HOME": directory.path, "XDG_CONFIG_HOME": directory.path + "/config"])
        try FileManager.default.createDirectory(atPath: paths.configDirectory, withIntermediateDirectories: true)
        FileManager.default.createFile(
            atPath: paths.configFile, contents: Data("[profiles.w]\nclient_secret = \"s\"\n".utf8),
            attributes: [.posixPermissions: 0o644])
        let options = try GlobalOptions.parse(["--sandbox"])
        let settings = try SessionSettings.resolve(options: options, environment: [:], isTerminal: false, paths: paths)
        #expect(settings.warnings.count == 1)
        #expect(settings.warnings.first?.contains("chmod 600") == true)
        #expect(throws: ConfigError.self) {
            try SessionSettings.resolve(
                options: try GlobalOptions.parse([]), environment: [:], isTerminal: false, paths: paths)
        }
    }
}

extension Profile {
    /// A profile from config keys.
    static func with(_ keys: [String: String], name: String) -> Profile {
        var profile = Profile(name: name)
        for (key, value) in keys { profile.set(key, value) }
        return profile
    }
}
