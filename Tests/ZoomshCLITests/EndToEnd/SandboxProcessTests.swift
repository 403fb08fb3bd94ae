import Foundation
import Testing

/// `--sandbox` in-process, and `zoomsh sandbox serve` as a server other processes use.
@Suite("zoomsh: the sandbox")
struct SandboxProcessTests {
    @Test func sandboxFlagSaysSoAndWorks() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--sandbox", "--json", "-c", "whoami; set topic Sandboxed; create"])
        run.expectExit(0)
        #expect(run.stderr.contains("sandbox") && run.stderr.contains("not real"), "the banner warns: \(run)")
        let documents = try run.jsonDocuments()
        try #require(documents.count == 2, "\(run)")
        let user = try #require(documents[0] as? [String: Any])
        let meeting = try #require(documents[1] as? [String: Any])
        #expect(user["email"] as? String == meeting["host_email"] as? String)
        #expect(meeting["topic"] as? String == "Sandboxed")
    }

    @Test func sandboxFlagIgnoresConfiguredProfilesAndCredentials() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig(
            "default_profile = \"work\"\n[profiles.work]\napi_url = \"http://127.0.0.1:1/v2\"\n", mode: 0o644)
        let run = try await zoomsh.run(
            ["--sandbox", "-c", "whoami"], environment: ["ZOOM_ACCESS_TOKEN": "some-real-token-123"])
        run.expectExit(0)
        run.expectNeverShows("some-real-token-123")
    }

    @Test func serveKeepsStateAcrossRestartsAndStopsOnCtrlC() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let state = zoomsh.home.root.appendingPathComponent("state.json")

        let first = try await SandboxServeProcess.start(zoomsh, state: state)
        #expect(first.printed["ZOOM_API_URL"]?.hasPrefix("http://127.0.0.1:") == true, "\(first.printed)")
        #expect(first.s2sEnvironment.count == 5, "\(first.printed)")
        let created = try await zoomsh.run(
            ["--json", "-c", "set topic \"Survives restarts\"; create"], environment: first.s2sEnvironment)
        created.expectExit(0)
        let meeting = try #require(try created.jsonDocuments().first as? [String: Any])
        let id = try #require(meeting["id"] as? Int)
        let stopped = await first.stop()
        stopped.expectExit(0)

        let second = try await SandboxServeProcess.start(zoomsh, state: state)
        let fetched = try await zoomsh.run(["--json", "-c", "get \(id)"], environment: second.s2sEnvironment)
        fetched.expectExit(0)
        let again = try #require(try fetched.jsonDocuments().first as? [String: Any], "\(fetched)")
        #expect(again["topic"] as? String == "Survives restarts")
        await second.stop().expectExit(0)
    }

    @Test func serveWarnsAboutAMeetingItsStateFileCannotRead() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let state = zoomsh.home.root.appendingPathComponent("state.json")
        try await SandboxServeProcess.with(zoomsh, state: state) { serve in
            let script = "set start 2027-07-01T10:00Z; set recurrence daily times 2; create"
            try await zoomsh.run(["-c", script], environment: serve.s2sEnvironment).expectExit(0)
        }
        // What an older sandbox wrote for an occurrence after year 9999.
        let original = try String(contentsOf: state, encoding: .utf8)
        let damaged = original.replacingOccurrences(of: "\"2027-07-02T10:00:00Z\"", with: "\"10000-01-01T10:00:00Z\"")
        try #require(damaged != original)
        try damaged.write(to: state, atomically: true, encoding: .utf8)
        let serve = try await SandboxServeProcess.start(zoomsh, state: state)
        let stopped = await serve.stop()
        stopped.expectExit(0)
        #expect(stopped.stderr.contains("zoomsh sandbox: warning:"), "\(stopped)")
        #expect(stopped.stderr.contains("has an occurrence"), "\(stopped)")
    }

    @Test func serveWithoutStateForgetsOnRestart() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let id = try await SandboxServeProcess.with(zoomsh) { serve in
            let created = try await zoomsh.run(
                ["--json", "-c", "set topic Gone; create"], environment: serve.s2sEnvironment)
            created.expectExit(0)
            return try #require(try created.jsonDocuments().first as? [String: Any])["id"] as? Int
        }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let fetched = try await zoomsh.run(["-c", "get \(id ?? 0)"], environment: serve.s2sEnvironment)
            fetched.expectExit(1)
        }
    }

    @Test func serveAcceptsLegacyJWTClients() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let run = try await zoomsh.run(["--json", "-c", "auth; whoami"], environment: serve.jwtEnvironment)
            run.expectExit(0)
            let documents = try run.jsonDocuments()
            #expect((documents.first as? [String: Any])?["method"] as? String == "legacy JWT app", "\(run)")
            #expect(run.stdout.contains("@sandbox.example.com"), "\(run)")
        }
    }

    @Test func serveStopsOnSIGTERMToo() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let serve = try await SandboxServeProcess.start(zoomsh)
        serve.process.send(SIGTERM)
        await serve.process.finish(timeout: .seconds(30)).expectExit(0)
    }

    @Test func serveRefusesABusyPort() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let url = try #require(serve.printed["ZOOM_API_URL"].flatMap(URL.init(string:)))
            let port = try #require(url.port)
            let run = try await zoomsh.run(["sandbox", "serve", "--port", "\(port)"])
            run.expectExit(4)
            #expect(run.stderr.contains("\(port)") && run.stderr.contains("in use"), "\(run)")
        }
    }

    @Test func tokensAreCachedPrivatelyInTheXDGCache() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let run = try await zoomsh.run(["-c", "whoami"], environment: serve.s2sEnvironment)
            run.expectExit(0)
            let directory = zoomsh.home.tokenCache.path
            let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            try #require(files.count == 1, "one cached token: \(files)")
            let fileMode = try FileManager.default.attributesOfItem(atPath: directory + "/" + files[0])[
                .posixPermissions]
            #expect(
                (fileMode as? Int).map { $0 & 0o077 } == 0, "the token file is private: \(String(describing: fileMode))"
            )
            let directoryMode = try FileManager.default.attributesOfItem(atPath: directory)[.posixPermissions]
            #expect((directoryMode as? Int).map { $0 & 0o077 } == 0, "the cache directory is private")
            // A second process reuses the cached token: no second token request.
            let again = try await zoomsh.run(["--trace", "-c", "whoami"], environment: serve.s2sEnvironment)
            again.expectExit(0)
            #expect(!again.stderr.contains("oauth/token"), "the cached token is reused: \(again)")
        }
    }

    @Test func serveRefusesABadPlanAsAUsageError() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["sandbox", "serve", "--plan", "platinum"])
        run.expectExit(2)
        #expect(run.stderr.contains("platinum") && run.stderr.contains("zoomsh sandbox serve"), "\(run)")
    }

    @Test func serveRefusesAnUnusableStateFile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let state = try zoomsh.home.writeFile("state.json", "this is not json")
        let run = try await zoomsh.run(["sandbox", "serve", "--port", "0", "--state", state.path])
        run.expectExit(4)
        #expect(run.stderr.contains(state.path), "\(run)")
    }

    @Test func serveHelpNamesTheFullCommand() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        for arguments in [["sandbox", "serve", "--help"], ["help", "sandbox", "serve"]] {
            let run = try await zoomsh.run(arguments)
            run.expectExit(0)
            #expect(run.stdout.contains("USAGE: zoomsh sandbox serve"), "\(run)")
            #expect(run.stdout.contains("--state"), "\(run)")
        }
    }
}
