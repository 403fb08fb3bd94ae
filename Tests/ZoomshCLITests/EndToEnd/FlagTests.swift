import Foundation
import Testing

/// `--version`, `--help`, `--trace`, `--dry-run`.
@Suite("zoomsh: informational and debugging flags")
struct FlagTests {
    @Test func versionPrintsTheVersion() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--version"])
        run.expectExit(0)
        #expect(run.stdout.wholeMatch(of: /zoomsh \d+\.\d+\.\d+\S*\n/) != nil, "\(run)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsForEachShell(shell: String) async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--generate-completion-script", shell])
        run.expectExit(0)
        #expect(run.stdout.contains("zoomsh"), "\(run)")
        #expect(run.stdout.contains("sandbox"), "the script completes the flags: \(run)")
    }

    @Test func helpHasExamplesAndExitCodes() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--help"])
        run.expectExit(0)
        let help = run.stdout
        #expect(help.contains("Examples:"))
        let examples = help.components(separatedBy: "Examples:\n").last?.components(separatedBy: "\n\n").first ?? ""
        let examplesLines = examples.split(separator: "\n")
        #expect(examplesLines.count >= 4, "\(examples)")
        #expect(
            examplesLines.allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }, "examples line up: \(examples)")
        #expect(help.contains("zoomsh -c '"))
        #expect(help.contains("zoomsh sandbox serve"))
        #expect(help.contains("Exit codes:"))
        for line in [
            "0  ok", "1  a command failed", "2  usage or syntax error", "3  a script stopped", "4  authentication",
        ] {
            #expect(help.contains(line), "help lacks '\(line)'")
        }
        for flag in [
            "--sandbox", "--profile", "--api-url", "--oauth-url", "--output", "--json", "--dry-run",
            "--continue-on-error", "--trace", "--version", "-c",
        ] {
            #expect(help.contains(flag), "help lacks \(flag)")
        }
        let wide = help.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }
        #expect(wide.isEmpty, "help lines fit 80 columns: \(wide)")
    }

    @Test func traceShowsRequestsButNeverTokensOrSecrets() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try await SandboxServeProcess.with(zoomsh) { serve in
            let environment = serve.s2sEnvironment
            let run = try await zoomsh.run(
                ["--trace", "--output", "plain", "-c", "whoami; curl"], environment: environment)
            run.expectExit(0)
            let api = try #require(environment["ZOOM_API_URL"])
            let oauth = try #require(environment["ZOOM_OAUTH_URL"])
            #expect(run.stderr.contains("→ POST \(oauth)"), "the token request is traced: \(run)")
            #expect(run.stderr.contains("→ GET \(api)/users/me"), "the API request is traced: \(run)")
            #expect(run.stderr.contains("← 200"), "responses are traced: \(run)")
            #expect(run.stdout.contains("Authorization: Bearer '\"$ZOOM_TOKEN\""), "curl redacts the token: \(run)")

            let secret = try #require(environment["ZOOM_CLIENT_SECRET"])
            let clientID = try #require(environment["ZOOM_CLIENT_ID"])
            run.expectNeverShows(secret)
            run.expectNeverShows(Data("\(clientID):\(secret)".utf8).base64EncodedString())
            let token = try cachedAccessToken(zoomsh.home)
            #expect(token.count > 20)
            run.expectNeverShows(token)
        }
    }

    @Test func dryRunSendsNothing() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let state = zoomsh.home.root.appendingPathComponent("state.json")
        try await SandboxServeProcess.with(zoomsh, state: state) { serve in
            let run = try await zoomsh.run(
                ["--dry-run", "--trace", "--json", "-c", "set topic \"Not sent\"; create; delete 123"],
                environment: serve.s2sEnvironment)
            run.expectExit(0)
            let documents = try run.jsonDocuments()
            try #require(documents.count == 2, "\(run)")
            let create = try #require(documents[0] as? [String: Any])
            #expect(create["method"] as? String == "POST")
            #expect((create["url"] as? String)?.hasPrefix(serve.printed["ZOOM_API_URL"] ?? "?") == true)
            #expect((create["body"] as? [String: Any])?["topic"] as? String == "Not sent")
            #expect((documents[1] as? [String: Any])?["method"] as? String == "DELETE")
            #expect(!run.stderr.contains("→"), "no request, not even for a token: \(run)")
            #expect(try SandboxState(state).meetingCount == 0)
            let cached = (try? FileManager.default.contentsOfDirectory(atPath: zoomsh.home.tokenCache.path)) ?? []
            #expect(cached.isEmpty, "no token was fetched: \(cached)")
        }
    }

    @Test func dryRunNeedsNoCredentials() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--dry-run", "--output", "plain", "-c", "set topic x; create; curl"])
        run.expectExit(0)
        #expect(run.stdout.contains("https://api.zoom.us/v2/users/me/meetings"), "\(run)")
    }
}

/// The access token zoomsh cached on disk after a Server-to-Server OAuth exchange.
func cachedAccessToken(_ home: ScratchHome) throws -> String {
    let files = try FileManager.default.contentsOfDirectory(atPath: home.tokenCache.path)
    let file = try #require(files.first { $0.hasSuffix(".json") }, "no cached token in \(files)")
    let data = try Data(contentsOf: home.tokenCache.appendingPathComponent(file))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return try #require(object["access_token"] as? String)
}
