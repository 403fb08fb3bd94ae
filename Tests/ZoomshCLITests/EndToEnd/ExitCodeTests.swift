import Foundation
import Testing

/// Every exit code of the process interface: 0 ok · 1 a command failed · 2 usage or syntax
/// error (nothing was sent) · 3 a script stopped on an error · 4 authentication or configuration.
@Suite("zoomsh: exit codes")
struct ExitCodeTests {
    @Test func zeroWhenEverythingWorks() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--sandbox", "-c", "whoami; set topic ok; create"])
        run.expectExit(0)
    }

    @Test func oneWhenASingleCommandFails() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--sandbox", "-c", "get 123"])
        run.expectExit(1)
        #expect(run.stderr.contains("3001"), "Zoom's error code is shown: \(run)")
    }

    @Test func oneWhenTheLastLineOfAScriptFails() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile("last.zsh", "echo before\nget 123\n")
        let run = try await zoomsh.run(["--sandbox", script.path])
        run.expectExit(1)
    }

    @Test func twoForASyntaxErrorAnywhereAndNothingIsSent() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let state = zoomsh.home.root.appendingPathComponent("sandbox-state.json")
        let script = try zoomsh.home.writeFile(
            "broken.zsh", "set topic \"Must never exist\"\ncreate\necho \"never closed\n")
        try await SandboxServeProcess.with(zoomsh, state: state) { serve in
            let run = try await zoomsh.run(["--trace", script.path], environment: serve.s2sEnvironment)
            run.expectExit(2)
            #expect(run.stderr.contains("broken.zsh:3:"), "the error names FILE:LINE:COL: \(run)")
            #expect(!run.stderr.contains("→"), "the trace shows no request at all: \(run)")
            #expect(try SandboxState(state).meetingCount == 0, "the sandbox saw no create")
            // The same server does create when the script is fine: the check above can fail.
            let fixed = try await zoomsh.run(
                ["-c", "set topic \"Now it exists\"; create"], environment: serve.s2sEnvironment)
            fixed.expectExit(0)
            #expect(try SandboxState(state).meetingCount == 1)
        }
    }

    @Test func twoForAnUnknownCommandAfterACreate() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile("unknown.zsh", "set topic x\ncreate\nfrobnicate now\n")
        let run = try await zoomsh.run(["--sandbox", "--trace", script.path])
        run.expectExit(2)
        #expect(run.stderr.contains("unknown.zsh:3:1") && run.stderr.contains("frobnicate"), "\(run)")
        #expect(!run.stderr.contains("→"), "\(run)")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [
        (["--bogus"], "Unknown option '--bogus'"),
        (["--output", "xml", "-c", "echo"], "--output 'xml'"),
        (["--json", "--output", "table", "-c", "echo"], "disagree"),
        (["--api-url", "ftp://example.invalid", "-c", "echo"], "--api-url"),
        (["--sandbox", "--oauth-url", "http://127.0.0.1:1/oauth/token", "-c", "echo"], "--sandbox"),
        (["--sandbox", "--profile", "work", "-c", "echo"], "--sandbox"),
        (["-c"], "Missing value"),
    ])
    func twoForUsageErrors(arguments: [String], message: String) async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(arguments)
        run.expectExit(2)
        #expect(run.stderr.contains(message), "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
    }

    @Test func threeWhenAScriptStopsWithCommandsLeft() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile("stops.zsh", "output plain\necho before\nget 123\necho after\n")
        let run = try await zoomsh.run(["--sandbox", script.path])
        run.expectExit(3)
        #expect(run.stderr.contains("stops.zsh:3"), "the error says FILE:LINE: \(run)")
        #expect(run.stdoutLines == ["before"], "nothing after the failure ran: \(run)")
    }

    @Test func continueOnErrorRunsTheRestAndExitsOne() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile("goes-on.zsh", "output plain\necho before\nget 123\necho after\n")
        let run = try await zoomsh.run(["--sandbox", "--continue-on-error", script.path])
        run.expectExit(1)
        #expect(run.stdoutLines == ["before", "after"], "\(run)")
        #expect(run.stderr.contains("goes-on.zsh:3"), "\(run)")
    }

    @Test func exitCommandSetsTheCode() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--output", "plain", "-c", "echo a; exit 5; echo b"])
        run.expectExit(5)
        #expect(run.stdoutLines == ["a"])
    }

    @Test func fourWithoutCredentials() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["-c", "whoami"])
        run.expectExit(4)
        #expect(run.stderr.contains("no credentials"), "\(run)")
    }

    @Test func fourForIncompleteCredentialsInTheEnvironment() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["-c", "echo"], environment: ["ZOOM_ACCOUNT_ID": "acct"])
        run.expectExit(4)
        #expect(run.stderr.contains("ZOOM_CLIENT_ID") && run.stderr.contains("ZOOM_CLIENT_SECRET"), "\(run)")
    }

    @Test func fourForABrokenConfigFile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let file = try zoomsh.home.writeConfig("[profiles.work]\naccount_id = \"a\"\nclient_id = b\n")
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("\(file.path):3:"), "the error names the file and line: \(run)")
    }

    @Test func fourForASecretInAFileOthersCanRead() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let file = try zoomsh.home.writeConfig(
            "[profiles.work]\naccount_id = \"a\"\nclient_id = \"b\"\nclient_secret = \"open-secret-4711\"\n",
            mode: 0o644)
        let run = try await zoomsh.run(["-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("chmod 600 \(file.path)"), "\(run)")
        run.expectNeverShows("open-secret-4711")
    }

    @Test func fourForAProfileThatDoesNotExist() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeConfig("[profiles.work]\nhost = \"me\"\n[profiles.home]\nhost = \"me\"\n")
        let run = try await zoomsh.run(["--profile", "wrok", "-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("wrok") && run.stderr.contains("home, work"), "\(run)")
    }

    @Test func fourForAProfileWithoutAConfigFile() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--profile", "work", "-c", "echo"])
        run.expectExit(4)
        #expect(run.stderr.contains("no config file"), "\(run)")
    }

    @Test func fourWhenTheOAuthServerIsUnreachable() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(
            ["--oauth-url", "http://127.0.0.1:1/oauth/token", "--api-url", "http://127.0.0.1:1/v2", "-c", "whoami"],
            environment: ["ZOOM_ACCOUNT_ID": "a", "ZOOM_CLIENT_ID": "b", "ZOOM_CLIENT_SECRET": "unreachable-secret-99"])
        run.expectExit(4)
        #expect(run.stderr.contains("127.0.0.1:1"), "\(run)")
        run.expectNeverShows("unreachable-secret-99")
    }
}

/// The sandbox's state file, read the way a test needs it.
struct SandboxState {
    var object: [String: Any]

    init(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    var meetings: [[String: Any]] { object["meetings"] as? [[String: Any]] ?? [] }
    var meetingCount: Int { meetings.count }
}
