import Foundation
import TestSupport
import Testing

@testable import ZoomShell

/// `source FILE ARGS…`: arguments, nesting, errors inside, exit from inside, path resolution.
struct SourceTests {
    @Test func sourceRunsAFileWithItsOwnArguments() async throws {
        let files = try TemporaryDirectory()
        try files.write("lib/greet.zsh", "echo \"hello $1 and $2, $# arguments: $@\"\nlet greeted = $1")
        let main = try files.write("main.zsh", "source lib/greet.zsh Ada \"Grace Hopper\"\necho \"back: $1 $greeted\"")
        let shell = TestShell.offline()
        let run = await shell.run(try String(contentsOfFile: main, encoding: .utf8), file: main, arguments: ["top"])
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents == ["hello Ada and Grace Hopper, 2 arguments: Ada Grace Hopper", "back: top Ada"])
    }

    @Test func aRelativePathIsFoundNextToTheScriptThenInTheWorkingDirectory() async throws {
        let files = try TemporaryDirectory()
        try files.write("here.zsh", "echo from-working-directory")
        try files.write("sub/here.zsh", "echo next-to-the-script")
        let main = try files.write("sub/main.zsh", "source here.zsh\nsource ../here.zsh")
        let shell = TestShell.offline { $0.workingDirectory = files.path }
        var run = await shell.run(try String(contentsOfFile: main, encoding: .utf8), file: main)
        #expect(run.documents == ["next-to-the-script", "from-working-directory"], "\(run.stderr)")
        run = await shell.run("source here.zsh", file: "<stdin>")
        #expect(run.documents == ["from-working-directory"])
        run = await shell.run("source missing.zsh")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("cannot read 'missing.zsh'"))
    }

    @Test func aSyntaxErrorInASourcedFileRunsNothingOfIt() async throws {
        let files = try TemporaryDirectory()
        let bad = try files.write("bad.zsh", "echo first\nset topic \"unterminated\n")
        let shell = TestShell.offline { $0.workingDirectory = files.path }
        let run = await shell.run("echo before\nsource bad.zsh\necho after")
        #expect(run.code == .scriptStopped)
        #expect(run.documents == ["before"], "nothing of bad.zsh ran, and the caller stopped")
        #expect(run.stderr.contains("test.zsh:2: error: source: bad.zsh has syntax errors, nothing in it ran:"))
        #expect(run.stderr.contains("\(bad):2:11: unterminated double quote"), "\(run.stderr)")
    }

    @Test func aFailureInsideStopsTheSourcedFileAndTheCaller() async throws {
        let files = try TemporaryDirectory()
        let inner = try files.write("inner.zsh", "echo in\nassert $1 == yes\necho still-in")
        let shell = TestShell.offline { $0.workingDirectory = files.path }
        var run = await shell.run("source inner.zsh no\necho after")
        #expect(run.code == .scriptStopped)
        #expect(run.documents == ["in"])
        #expect(run.stderr.contains("\(inner):2: error: assertion failed"), "\(run.stderr)")
        #expect(run.stderr.contains("test.zsh:1: error: source: inner.zsh stopped on an error"))
        run = await shell.run("on-error continue\nsource inner.zsh no\necho after")
        #expect(run.code == .commandFailed)
        #expect(run.documents == ["in", "still-in", "after"], "on-error continue holds inside the file too")
    }

    @Test func exitInsideASourcedFileEndsTheWholeScript() async throws {
        let files = try TemporaryDirectory()
        try files.write("leave.zsh", "exit 5")
        let run = await TestShell.offline { $0.workingDirectory = files.path }.run("source leave.zsh\necho never")
        #expect(run.code == ExitCode(5))
        #expect(run.documents.isEmpty)
    }

    @Test func sourcingItselfStopsAtADepthLimit() async throws {
        let files = try TemporaryDirectory()
        try files.write("loop.zsh", "source loop.zsh")
        let run = await TestShell.offline { $0.workingDirectory = files.path }.run("source loop.zsh")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("nested 64 deep"))
    }

    @Test func theDraftAndVariablesAreShared() async throws {
        let files = try TemporaryDirectory()
        try files.write("meeting.zsh", "set topic \"$1\"\nset duration $2\nlet made = $1")
        let shell = TestShell.offline { $0.workingDirectory = files.path }
        let run = await shell.run("source meeting.zsh \"Design review\" 50\nshow --json\nprint $made")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents == [["topic": "Design review", "duration": 50], "Design review"])
    }
}
