import Foundation
import Testing

@testable import ZoomShell

/// The exit codes of `runScript`: 0 ok · 1 a command failed · 2 syntax or usage error (nothing
/// sent) · 3 a script stopped on an error · 4 authentication or configuration.
struct ExitCodeTests {
    @Test func zeroWhenEverythingWorked() async throws {
        let run = await TestShell.offline().run("echo a\nset topic b\nshow --json")
        #expect(run.code == .success)
        #expect(run.stderr == "")
    }

    @Test func oneWhenTheLastCommandFailedOrSomeFailedUnderContinue() async throws {
        var run = await TestShell.offline().run("echo a\nassert 1 == 2")
        #expect(run.code == .commandFailed, "nothing was skipped")
        run = await TestShell.offline().run("on-error continue\nassert 1 == 2\necho after")
        #expect(run.code == .commandFailed)
    }

    @Test func twoForASyntaxErrorAnywhereAndNothingRuns() async throws {
        let zoom = FakeZoom()
        let run = await zoom.shell().run("set topic ok\ncreate\nlist --bogus\necho \"open")
        #expect(run.code == .usage)
        #expect(zoom.requests.isEmpty, "a syntax error anywhere sends nothing")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("test.zsh:3:"), "\(run.stderr)")
        #expect(run.stderr.contains("--bogus"))
        #expect(run.stderr.contains("test.zsh:4:"), "every problem is reported")
    }

    @Test func twoForAnUnknownCommandWithASuggestion() async throws {
        let run = await TestShell.offline().run("creat")
        #expect(run.code == .usage)
        #expect(run.stderr.contains("create"))
    }

    @Test func threeWhenAScriptStopsBeforeItsEnd() async throws {
        let run = await TestShell.offline().run("assert 1 == 2\necho never")
        #expect(run.code == .scriptStopped)
    }

    @Test func fourForAuthenticationAndConfiguration() async throws {
        var run = await TestShell.offline().run("whoami\necho never")
        #expect(run.code == .authOrConfig)
        run = await TestShell.offline().run("profile x")
        #expect(run.code == .authOrConfig)
        let rejected = FakeZoom { request in
            request.url.contains("/oauth/")
                ? .json(400, #"{"reason":"Invalid client_id or client_secret","error":"invalid_client"}"#) : nil
        }
        run = await rejected.shell().run("get 1")
        #expect(run.code == .authOrConfig, "\(run.stderr)")
        #expect(!run.stderr.contains(FakeZoom.clientSecret))
    }

    @Test func exitNOverridesEverything() async throws {
        let run = await TestShell.offline().run("on-error continue\nassert 1 == 2\nexit 42")
        #expect(run.code == ExitCode(42))
    }
}
