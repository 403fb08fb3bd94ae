import Foundation
import Testing

/// The ways commands reach the built binary: a script file with arguments, a shebang line,
/// `-c`, a pipe on standard input, `-`.
@Suite("zoomsh: scripts, -c and standard input")
struct ScriptInputTests {
    static let argumentsScript = """
        #!/usr/bin/env zoomsh
        # prints its arguments
        echo "count $#"
        echo "first $1"
        echo "second ${2}"

        """

    @Test func scriptFileGetsItsArguments() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile("args.zsh", Self.argumentsScript)
        let run = try await zoomsh.run(["--output", "plain", script.path, "alpha", "beta gamma"])
        run.expectExit(0)
        #expect(run.stdoutLines == ["count 2", "first alpha", "second beta gamma"])
    }

    @Test func optionsAfterTheScriptBelongToTheScript() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile("args.zsh", Self.argumentsScript)
        let run = try await zoomsh.run(["--output", "plain", script.path, "--json", "--sandbox"])
        run.expectExit(0)
        #expect(run.stdoutLines == ["count 2", "first --json", "second --sandbox"])
        #expect(!run.stderr.contains("sandbox"), "--sandbox after the file must not start the sandbox")
    }

    @Test func scriptWithShebangRunsDirectly() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let script = try zoomsh.home.writeFile(
            "direct.zsh", "#!/usr/bin/env zoomsh\noutput plain\necho \"direct $# $1\"\n", mode: 0o755)
        let path =
            try BinaryLocation.directory().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try await zoomsh.runExecutable(script, ["one", "two"], environment: ["PATH": path])
        run.expectExit(0)
        #expect(run.stdoutLines == ["direct 2 one"])
    }

    @Test func repeatedDashCRunsInOrder() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([
            "--output", "plain", "-c", "echo one", "-c", "echo two; echo three", "-c", "let x = 4", "-c", "echo $x",
        ])
        run.expectExit(0)
        #expect(run.stdoutLines == ["one", "two", "three", "4"])
    }

    @Test func dashCJoinsLinesSoErrorsNameTheRightOne() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["-c", "echo fine", "-c", "echo \"open"])
        run.expectExit(2)
        #expect(run.stderr.contains("-c:2:6"), "\(run)")
        #expect(run.stdout.isEmpty, "nothing runs when any -c has a syntax error")
    }

    @Test func pipedCommandsRunAsOneScriptWithoutPrompt() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([], stdin: "output plain\necho a\necho b\n")
        run.expectExit(0)
        #expect(run.stdout == "a\nb\n", "only the results, no prompt or banner: \(run)")
        #expect(!run.stderr.contains(">"), "no prompt on stderr either: \(run)")
    }

    @Test func pipedScriptIsParsedWholeBeforeAnythingRuns() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--output", "plain"], stdin: "echo first\necho second\necho \"broken\n")
        run.expectExit(2)
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.contains("stdin:3:6"), "\(run)")
    }

    @Test func pipedScriptStoppedByAnErrorNamesTheLine() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--sandbox", "--output", "plain"], stdin: "echo a\nget 123\necho b\n")
        run.expectExit(3)
        #expect(run.stderr.contains("stdin:2: error"), "\(run)")
        #expect(run.stdoutLines == ["a"])
    }

    @Test func dashReadsTheScriptFromStandardInputWithArguments() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--output", "plain", "-", "x", "y"], stdin: "echo \"$1 of $#\"\n")
        run.expectExit(0)
        #expect(run.stdoutLines == ["x of 2"])
    }

    @Test func emptyInputDoesNothingAndSucceeds() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([], stdin: "")
        run.expectExit(0)
        #expect(run.stdout.isEmpty)
    }

    @Test func dashCTakesArgumentsLikeShC() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let commands = "echo \"count $#\"; echo \"first $1\"; echo \"second $2\""
        for words in [["alpha", "beta gamma"], ["--", "alpha", "beta gamma"]] {
            let run = try await zoomsh.run(["--output", "plain", "-c", commands] + words)
            run.expectExit(0)
            #expect(run.stdoutLines == ["count 2", "first alpha", "second beta gamma"], "\(words): \(run)")
        }
        let dashes = try await zoomsh.run(["--output", "plain", "-c", "echo \"$1 $2\"", "--", "--json", "-x"])
        run(dashes, printed: ["--json -x"])
        let none = try await zoomsh.run(["--output", "plain", "-c", "echo \"count $#\""])
        run(none, printed: ["count 0"])
    }

    private func run(_ run: BinaryRun, printed lines: [String]) {
        run.expectExit(0)
        #expect(run.stdoutLines == lines, "\(run)")
    }

    @Test func missingScriptIsAUsageError() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["no-such-script.zsh"])
        run.expectExit(2)
        #expect(run.stderr.contains("no-such-script.zsh") && run.stderr.contains("no such file"), "\(run)")
    }

    @Test func directoryAsScriptIsAUsageError() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([zoomsh.home.home.path])
        run.expectExit(2)
        #expect(run.stderr.contains("directory"), "\(run)")
    }

    @Test func sourceReadsPathsRelativeToTheWorkingDirectory() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        try zoomsh.home.writeFile("lib.zsh", "let greeting = \"hello from lib\"\n")
        let script = try zoomsh.home.writeFile("main.zsh", "output plain\nsource lib.zsh\necho $greeting\n")
        let run = try await zoomsh.run([script.path])
        run.expectExit(0)
        #expect(run.stdoutLines == ["hello from lib"])
    }
}
