import Foundation
import Testing

/// Which credentials the built binary uses when a profile and ZOOM_* variables both have some.
@Suite("zoomsh: credentials of a chosen profile and the environment")
struct CredentialPrecedenceTests {
    static let work = """
        [profiles.work]
        account_id = "work-acct"
        client_id = "work-client"
        api_url = "http://127.0.0.1:1/work/v2"

        """

    @Test func aChosenProfileKeepsItsCredentialsAndSaysWhatItIgnores() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(Self.work + "client_secret = \"work-secret-4242\"\n", mode: 0o600)
        let run = try await zoomsh.run(
            ["--profile", "work", "--json", "-c", "auth"], environment: ["ZOOM_ACCESS_TOKEN": "env-token-777"])
        run.expectExit(0)
        let report = try #require(try run.jsonDocuments().first as? [String: Any], "\(run)")
        #expect(report["method"] as? String == "Server-to-Server OAuth", "\(run)")
        #expect(report["api_url"] as? String == "http://127.0.0.1:1/work/v2")
        #expect(run.stderr.contains("warning: ZOOM_ACCESS_TOKEN is set but not used: --profile work"), "\(run)")
        run.expectNeverShows("env-token-777")
        run.expectNeverShows("work-secret-4242")
    }

    @Test func theEnvironmentSecretCompletesAChosenProfile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(Self.work, mode: 0o644)
        let run = try await zoomsh.run(
            ["--profile", "work", "--json", "-c", "auth"], environment: ["ZOOM_CLIENT_SECRET": "env-secret-99"])
        run.expectExit(0)
        let report = try #require(try run.jsonDocuments().first as? [String: Any], "\(run)")
        #expect(report["method"] as? String == "Server-to-Server OAuth", "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        // The default profile too, and `profile NAME` inside the shell.
        let other = "[profiles.other]\naccount_id = \"o-acct\"\nclient_id = \"o-client\"\n"
        try zoomsh.home.writeConfig("default_profile = \"work\"\n" + Self.work + other, mode: 0o644)
        let switched = try await zoomsh.run(
            ["--json", "-c", "auth; profile other; auth"], environment: ["ZOOM_CLIENT_SECRET": "env-secret-99"])
        switched.expectExit(0)
        let reports = try switched.jsonDocuments().compactMap { $0 as? [String: Any] }
        #expect(reports.first?["profile"] as? String == "work", "\(switched)")
        #expect(reports.last?["profile"] as? String == "other", "\(switched)")
        #expect(reports.allSatisfy { $0["method"] as? String == "Server-to-Server OAuth" }, "\(switched)")
        let byDefault = try await zoomsh.run(["--json", "-c", "auth"], environment: ["ZOOM_CLIENT_SECRET": "x"])
        byDefault.expectExit(0)
    }

    @Test func theSandboxRunsDespiteAnOpenConfigFile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let file = try zoomsh.home.writeConfig(Self.work + "client_secret = \"work-secret-4242\"\n", mode: 0o644)
        let run = try await zoomsh.run(["--sandbox", "--output", "plain", "-c", "echo ok"])
        run.expectExit(0)
        #expect(run.stdout == "ok\n", "\(run)")
        #expect(run.stderr.contains("warning:") && run.stderr.contains("chmod 600 \(file.path)"), "\(run)")
        run.expectNeverShows("work-secret-4242")
    }
}
