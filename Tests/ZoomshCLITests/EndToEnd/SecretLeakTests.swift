import Foundation
import Testing

/// Failing authentication, in every flavour, never prints the secret or the token involved.
@Suite("zoomsh: secrets never printed")
struct SecretLeakTests {
    @Test func wrongClientSecret() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            var environment = serve.s2sEnvironment
            environment["ZOOM_CLIENT_SECRET"] = "wrong-client-secret-8641"
            let run = try await zoomsh.run(["--trace", "-c", "whoami"], environment: environment)
            run.expectExit(4)
            #expect(!run.stderr.isEmpty, "the failure is explained")
            run.expectNeverShows("wrong-client-secret-8641")
            run.expectNeverShows(serve.printed["ZOOM_CLIENT_SECRET"] ?? "?")
            let basic = Data("\(environment["ZOOM_CLIENT_ID"] ?? ""):wrong-client-secret-8641".utf8)
                .base64EncodedString()
            run.expectNeverShows(basic)
        }
    }

    @Test func wrongJWTAppSecret() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            var environment = serve.jwtEnvironment
            let wrong = "wrong-jwt-secret-" + String(repeating: "q", count: 24)
            environment["ZOOM_API_SECRET"] = wrong
            let run = try await zoomsh.run(["--trace", "-c", "whoami"], environment: environment)
            run.expectExit(4)
            #expect(run.stderr.contains("401"), "\(run)")
            run.expectNeverShows(wrong)
        }
    }

    @Test func shortJWTAppSecretIsRefusedClearly() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(
            ["--api-url", "http://127.0.0.1:1/v2", "-c", "whoami"],
            environment: ["ZOOM_API_KEY": "key", "ZOOM_API_SECRET": "short-9"])
        run.expectExit(4)
        #expect(!run.signaled, "a short HMAC key must not crash: \(run)")
        run.expectNeverShows("short-9")
    }

    @Test func rejectedAccessToken() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let environment = [
                "ZOOM_API_URL": serve.printed["ZOOM_API_URL"] ?? "", "ZOOM_ACCESS_TOKEN": "rejected-token-5309",
            ]
            let run = try await zoomsh.run(["--trace", "-c", "whoami; curl"], environment: environment)
            run.expectExit(4)
            run.expectNeverShows("rejected-token-5309")
        }
    }

    @Test func unterminatedSecretInTheConfigFile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("[profiles.a]\nclient_secret = \"half-written-secret-77\n")
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        run.expectNeverShows("half-written-secret-77")
    }

    @Test func secretUnderAMistypedKey() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("[profiles.a]\nclient_secrte = \"mistyped-secret-66\"\n", mode: 0o644)
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        run.expectNeverShows("mistyped-secret-66")
    }

    @Test func secretWithTheWrongType() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("[profiles.a]\nclient_secret = 987654321987\n")
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        run.expectNeverShows("987654321987")
    }

    @Test func authCommandNeverShowsTheSecret() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(
            ["--oauth-url", "http://127.0.0.1:1/oauth/token", "--api-url", "http://127.0.0.1:1/v2", "-c", "auth"],
            environment: [
                "ZOOM_ACCOUNT_ID": "acct", "ZOOM_CLIENT_ID": "client", "ZOOM_CLIENT_SECRET": "shown-never-1234",
            ])
        run.expectExit(0)
        run.expectNeverShows("shown-never-1234")
    }
}
