import Foundation
import Testing

/// Settings come from flags > environment > profile > defaults, as the built binary sees them.
/// Observed with `auth` (which shows the URLs) and `--dry-run` + `create` (which shows the URL
/// without sending anything).
@Suite("zoomsh: configuration precedence")
struct ConfigPrecedenceTests {
    static let profileAPI = "http://127.0.0.1:1/profile/v2"
    static let environmentAPI = "http://127.0.0.1:1/environment/v2"
    static let flagAPI = "http://127.0.0.1:1/flag/v2"

    static let twoProfiles = """
        default_profile = "main"

        [profiles.main]
        api_url = "http://127.0.0.1:1/profile/v2"
        oauth_url = "http://127.0.0.1:1/profile/oauth"
        timezone = "Asia/Tokyo"

        [profiles.other]
        api_url = "http://127.0.0.1:1/other/v2"
        oauth_url = "http://127.0.0.1:1/other/oauth"

        """

    /// The URL a dry-run `create` shows.
    func dryRunURL(_ zoomsh: BinaryRunner, _ flags: [String], environment: [String: String] = [:]) async throws
        -> String?
    {
        let run = try await zoomsh.run(
            flags + ["--dry-run", "--json", "-c", "set topic x; create"], environment: environment)
        run.expectExit(0)
        let document = try run.jsonDocuments().first as? [String: Any]
        #expect(document?["dry_run"] as? Bool == true, "\(run)")
        return document?["url"] as? String
    }

    /// What `auth` reports.
    func auth(_ zoomsh: BinaryRunner, _ flags: [String] = [], environment: [String: String] = [:]) async throws
        -> [String: Any]
    {
        let run = try await zoomsh.run(flags + ["--json", "-c", "auth"], environment: environment)
        run.expectExit(0)
        return try #require(try run.jsonDocuments().first as? [String: Any], "\(run)")
    }

    @Test func apiURLFlagBeatsEnvironmentBeatsProfileBeatsDefault() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let create = "/users/me/meetings"
        #expect(try await dryRunURL(zoomsh, []) == "https://api.zoom.us/v2" + create)
        try zoomsh.home.writeConfig(Self.twoProfiles, mode: 0o644)
        #expect(try await dryRunURL(zoomsh, []) == Self.profileAPI + create)
        let environment = ["ZOOM_API_URL": Self.environmentAPI]
        #expect(try await dryRunURL(zoomsh, [], environment: environment) == Self.environmentAPI + create)
        #expect(
            try await dryRunURL(zoomsh, ["--api-url", Self.flagAPI], environment: environment) == Self.flagAPI + create)
    }

    @Test func oauthURLFlagBeatsEnvironmentBeatsProfileBeatsDefault() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        #expect(try await auth(zoomsh)["oauth_url"] as? String == "https://zoom.us/oauth/token")
        try zoomsh.home.writeConfig(Self.twoProfiles, mode: 0o644)
        #expect(try await auth(zoomsh)["oauth_url"] as? String == "http://127.0.0.1:1/profile/oauth")
        let environment = ["ZOOM_OAUTH_URL": "http://127.0.0.1:1/environment/oauth"]
        #expect(
            try await auth(zoomsh, environment: environment)["oauth_url"] as? String
                == "http://127.0.0.1:1/environment/oauth")
        let flagged = try await auth(
            zoomsh, ["--oauth-url", "http://127.0.0.1:1/flag/oauth"], environment: environment)
        #expect(flagged["oauth_url"] as? String == "http://127.0.0.1:1/flag/oauth")
    }

    @Test func profileFlagBeatsZOOMSHPROFILEBeatsDefaultProfile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(Self.twoProfiles, mode: 0o644)
        #expect(try await auth(zoomsh)["profile"] as? String == "main")
        let environment = ["ZOOMSH_PROFILE": "other"]
        let fromEnvironment = try await auth(zoomsh, environment: environment)
        #expect(fromEnvironment["profile"] as? String == "other")
        #expect(fromEnvironment["api_url"] as? String == "http://127.0.0.1:1/other/v2")
        let fromFlag = try await auth(zoomsh, ["--profile", "main"], environment: environment)
        #expect(fromFlag["profile"] as? String == "main")
        #expect(fromFlag["api_url"] as? String == Self.profileAPI)
    }

    @Test func profileOutputModeYieldsToFlags() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("default_profile = \"p\"\n[profiles.p]\noutput = \"plain\"\n", mode: 0o644)
        let plain = try await zoomsh.run(["-c", "echo 'from the profile'"])
        plain.expectExit(0)
        #expect(plain.stdout == "from the profile\n", "\(plain)")
        let json = try await zoomsh.run(["--json", "-c", "echo 'from the flag'"])
        json.expectExit(0)
        #expect(json.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\"from the flag\"", "\(json)")
    }

    @Test func profileSwitchInsideTheShellKeepsThePrecedence() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(Self.twoProfiles + "output = \"plain\"\n", mode: 0o644)
        let switched = try await auth(zoomsh, ["--api-url", Self.flagAPI], environment: [:])
        #expect(switched["api_url"] as? String == Self.flagAPI)
        let run = try await zoomsh.run(["--json", "--api-url", Self.flagAPI, "-c", "profile other; auth"])
        run.expectExit(0)
        let report = try #require(try run.jsonDocuments().last as? [String: Any], "still JSON after the switch: \(run)")
        #expect(report["profile"] as? String == "other")
        #expect(report["api_url"] as? String == Self.flagAPI, "the flag still beats the profile")
        #expect(report["oauth_url"] as? String == "http://127.0.0.1:1/other/oauth")
    }

    @Test func sandboxSessionDoesNotSwitchToARealProfile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(Self.twoProfiles, mode: 0o644)
        let run = try await zoomsh.run(["--sandbox", "-c", "profile other; whoami"])
        run.expectExit(4)
        #expect(run.stderr.contains("--profile other"), "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
    }

    @Test func clientSecretEnvNamesTheVariableThatHoldsTheSecret() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let printed = serve.printed
            // No secret in the file: mode 0644 is fine.
            try zoomsh.home.writeConfig(
                """
                default_profile = "served"
                [profiles.served]
                account_id = "\(printed["ZOOM_ACCOUNT_ID"] ?? "")"
                client_id = "\(printed["ZOOM_CLIENT_ID"] ?? "")"
                client_secret_env = "SERVED_ZOOM_SECRET"
                api_url = "\(printed["ZOOM_API_URL"] ?? "")"
                oauth_url = "\(printed["ZOOM_OAUTH_URL"] ?? "")"

                """, mode: 0o644)
            let secret = try #require(printed["ZOOM_CLIENT_SECRET"])
            let run = try await zoomsh.run(["-c", "whoami"], environment: ["SERVED_ZOOM_SECRET": secret])
            run.expectExit(0)
            #expect(run.stdout.contains("@sandbox.example.com"), "\(run)")

            let unset = try await zoomsh.run(["-c", "whoami"])
            unset.expectExit(4)
            #expect(unset.stderr.contains("SERVED_ZOOM_SECRET"), "the message names the variable: \(unset)")
        }
    }

    @Test func environmentCredentialsBeatTheProfiles() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(
            """
            default_profile = "p"
            [profiles.p]
            access_token = "profile-token-never-used"
            api_url = "http://127.0.0.1:1/v2"

            """)
        let report = try await auth(
            zoomsh, environment: ["ZOOM_API_KEY": "key", "ZOOM_API_SECRET": String(repeating: "s", count: 32)])
        #expect(report["method"] as? String == "legacy JWT app", "\(report)")
    }

    @Test func unknownKeyIsRefusedWithASuggestion() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("[profiles.work]\napi_ulr = \"http://127.0.0.1:1/v2\"\n", mode: 0o644)
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("api_ulr") && run.stderr.contains("did you mean 'api_url'"), "\(run)")
    }

    @Test func badProfileValuesAreRefusedAtStart() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("[profiles.work]\ntimezone = \"Mars/Olympus\"\n", mode: 0o644)
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("Mars/Olympus") && run.stderr.contains("[profiles.work]"), "\(run)")
    }

    @Test func badEnvironmentURLIsAConfigurationError() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["-c", "echo"], environment: ["ZOOM_API_URL": "api.zoom.us/v2"])
        run.expectExit(4)
        #expect(run.stderr.contains("ZOOM_API_URL"), "\(run)")
    }
}
