import Foundation
import Testing

/// A config file that holds a secret must be mode 0600; one without secrets may be readable.
@Suite("zoomsh: config file permissions")
struct ConfigPermissionTests {
    static let withSecret = """
        default_profile = "work"
        [profiles.work]
        account_id = "acct"
        client_id = "client"
        client_secret = "file-secret-31337"
        api_url = "http://127.0.0.1:1/v2"
        oauth_url = "http://127.0.0.1:1/oauth/token"

        """

    @Test(arguments: [0o644, 0o640, 0o604])
    func secretReadableByOthersIsRefused(mode: Int) async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let file = try zoomsh.home.writeConfig(Self.withSecret, mode: mode)
        let run = try await zoomsh.run(["-c", "auth"])
        run.expectExit(4)
        #expect(run.stderr.contains("chmod 600 \(file.path)"), "\(run)")
        run.expectNeverShows("file-secret-31337")
    }

    @Test func secretInA0600FileIsUsed() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(Self.withSecret, mode: 0o600)
        let run = try await zoomsh.run(["--json", "-c", "auth"])
        run.expectExit(0)
        let report = try #require(try run.jsonDocuments().first as? [String: Any])
        #expect(report["method"] as? String == "Server-to-Server OAuth")
        #expect(report["profile"] as? String == "work")
        run.expectNeverShows("file-secret-31337")
    }

    @Test func fileWithoutSecretsMayBeReadable() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(
            "default_profile = \"work\"\n[profiles.work]\naccount_id = \"acct\"\nclient_id = \"client\"\n"
                + "client_secret_env = \"WORK_SECRET\"\napi_url = \"http://127.0.0.1:1/v2\"\n",
            mode: 0o644)
        let run = try await zoomsh.run(["--json", "-c", "auth"], environment: ["WORK_SECRET": "env-secret-2718"])
        run.expectExit(0)
        let report = try #require(try run.jsonDocuments().first as? [String: Any])
        #expect(report["api_url"] as? String == "http://127.0.0.1:1/v2")
        run.expectNeverShows("env-secret-2718")
    }

    @Test func configFileThatIsADirectoryIsAConfigurationError() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try FileManager.default.createDirectory(at: zoomsh.home.configFile, withIntermediateDirectories: true)
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("directory"), "\(run)")
    }
}
