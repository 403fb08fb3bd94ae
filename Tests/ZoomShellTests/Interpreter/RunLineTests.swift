import Foundation
import Testing

@testable import ZoomShell

/// `runLine`: what the REPL calls for each line typed.
struct RunLineTests {
    @Test func aFailedLineDoesNotEndTheSession() async throws {
        let shell = TestShell.offline { $0.isInteractive = true }
        var (outcome, run) = await shell.line("assert 1 == 2; echo still")
        #expect(outcome == .failed)
        #expect(run.stderr == "error: assertion failed: 1 == 2 (left is \"1\", right is \"2\")\n")
        #expect(run.documents == ["still"], "an interactive line goes on after a failure")
        #expect(await shell.value("status") == 0, "echo ran last")
        (outcome, run) = await shell.line("assert 1 == 2")
        #expect(outcome == .failed)
        (outcome, run) = await shell.line("echo $status")
        #expect(outcome == .succeeded)
        #expect(run.documents == ["1"])
    }

    @Test func notesGoToStandardErrorInInteractiveSessionsOnly() async throws {
        let interactive = TestShell.offline { $0.isInteractive = true }
        let (_, run) = await interactive.line("set duration 45")
        #expect(run.stdout == "")
        #expect(run.stderr == "duration = 45\n")
        let script = await TestShell.offline().run("set duration 45")
        #expect(script.stderr == "")
    }

    @Test func anOpenQuoteOrTrailingBackslashAsksForMore() async throws {
        let shell = TestShell.offline { $0.isInteractive = true }
        var (outcome, _) = await shell.line("echo \"open")
        #expect(outcome == .needsMoreInput)
        (outcome, _) = await shell.line("set topic \\")
        #expect(outcome == .needsMoreInput)
        let (done, run) = await shell.line("set topic \\\n  \"Joined\"; show --json")
        #expect(done == .succeeded)
        #expect(run.lastDocument == ["topic": "Joined"])
    }

    @Test func aSyntaxErrorSetsStatusTwo() async throws {
        let shell = TestShell.offline { $0.isInteractive = true }
        let (outcome, run) = await shell.line("list --wrong")
        #expect(outcome == .failed)
        #expect(run.stderr.contains("--wrong"))
        let (_, status) = await shell.line("echo $status")
        #expect(status.documents == ["2"])
    }

    @Test func exitAndQuitEndTheSession() async throws {
        let shell = TestShell.offline { $0.isInteractive = true }
        #expect(await shell.line("exit 3").outcome == .exit(ExitCode(3)))
        #expect(await shell.line("quit").outcome == .exit(.success))
    }

    @Test func linesWithSecretsAreKeptOutOfHistory() {
        #expect(Shell.lineCarriesSecret("jwt decode eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4In0.sig"))
        #expect(Shell.lineCarriesSecret("api GET /x --query access_token=abc"))
        #expect(!Shell.lineCarriesSecret("set topic \"Weekly sync\""))
        #expect(!Shell.lineCarriesSecret("auth s2s acct client --secret-env ZOOM_CLIENT_SECRET"))
    }

    @Test func thePromptNamesTheSandboxOrTheProfile() async throws {
        let sandbox = TestShell.offline { $0.isSandbox = true }
        #expect(await sandbox.shell.promptContext.label == "zoomsh[sandbox]")
        let profile = TestShell.offline { $0.profileName = "work" }
        #expect(await profile.shell.promptContext.label == "zoomsh[work]")
    }
}
