import Foundation
import TestSupport
import Testing

@testable import ZoomshCLI

/// What the shells' completion scripts offer for zoomsh's positional words.
@Suite("Shell completion scripts: positional words")
struct ShellCompletionsTests {
    func files() throws -> (FileCandidates, TemporaryDirectory) {
        let root = try TemporaryDirectory(prefix: "zoomsh-comp")
        for name in ["alpha.zsh", "beta.zsh", ".hidden.zsh", "scripts/weekly.zsh"] {
            try root.write(name, "")
        }
        return (FileCandidates(workingDirectory: root.path, home: root.path, marksDirectories: true), root)
    }

    func complete(_ words: [String], _ files: FileCandidates) -> [String] {
        let all = ["zoomsh"] + words
        return ShellCompletions.complete(words: all, index: all.count - 1, prefix: all.last ?? "", files: files)
    }

    @Test func theFirstWordIsAScriptOrSandbox() throws {
        let (files, root) = try files()
        defer { root.remove() }
        #expect(complete([""], files) == ["sandbox", "alpha.zsh", "beta.zsh", "scripts/"])
        #expect(complete(["al"], files) == ["alpha.zsh"])
        #expect(complete(["sa"], files) == ["sandbox"])
        #expect(complete(["."], files) == [".hidden.zsh"])
        #expect(complete(["scripts/"], files) == ["scripts/weekly.zsh"])
        #expect(complete(["~/al"], files) == ["~/alpha.zsh"])
        #expect(complete(["--profile", "work", "--json", "al"], files) == ["alpha.zsh"])
    }

    @Test func laterWordsAreTheScriptsArgumentsOrSandboxServe() throws {
        let (files, root) = try files()
        defer { root.remove() }
        #expect(complete(["alpha.zsh", "b"], files) == ["beta.zsh"])
        #expect(
            complete(["-c", "echo $1", ""], files) == ["alpha.zsh", "beta.zsh", "scripts/"], "no sandbox after -c")
        #expect(complete(["sandbox", ""], files) == ["serve"])
        #expect(complete(["sandbox", "serve", "--"], files) == ["--port", "--state", "--plan", "--help"])
        #expect(complete(["sandbox", "serve", "--plan", ""], files) == ["free", "pro", "business"])
        #expect(complete(["sandbox", "serve", "--state", "a"], files) == ["alpha.zsh"])
        #expect(complete(["sandbox", "serve", ""], files) == [])
    }

    @Test func serveOptionsAreTheSubcommandsOwn() {
        let help = SandboxCommand.Serve.helpMessage()
        for option in ShellCompletions.serveOptions { #expect(help.contains(option), "\(option) in \(help)") }
    }
}

/// The completion scripts themselves, and bash driving the generated one.
@Suite("Shell completion scripts: generated")
struct CompletionScriptTests {
    @Test func theBashScriptCompletesFilesOutputModesAndSandboxServe() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let generated = try await zoomsh.run(["--generate-completion-script", "bash"])
        generated.expectExit(0)
        #expect(generated.stdout.contains("'table'$'\\n''json'$'\\n''plain'"), "--output values")
        #expect(generated.stdout.contains("---completion -- positional@0"), "the script file")
        #expect(generated.stdout.contains("---completion -- --profile"), "profile names")

        let bash = URL(fileURLWithPath: "/bin/bash")
        guard FileManager.default.isExecutableFile(atPath: bash.path) else { return }
        try zoomsh.home.writeFile("alpha.zsh", "echo hi\n")
        try zoomsh.home.writeConfig("[profiles.work]\n[profiles.personal]\n", mode: 0o644)
        let script = try zoomsh.home.writeFile("completion.bash", generated.stdout)
        let driver = """
            source '\(script.path)'
            comp() {
                COMP_WORDS=('\(zoomsh.zoomsh.path)' "$@"); COMP_CWORD=$#
                COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                _zoomsh zoomsh "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                echo "$*|${COMPREPLY[*]}"
            }
            comp al; comp --output ''; comp sandbox ''; comp sandbox serve --plan ''; comp --profile ''; comp ''
            """
        let run = try await zoomsh.runExecutable(bash, ["-c", driver])
        run.expectExit(0)
        #expect(
            run.stdoutLines == [
                "al|alpha.zsh", "--output |table json plain", "sandbox |serve",
                "sandbox serve --plan |free pro business",
                "--profile |personal work", "|sandbox alpha.zsh cache completion.bash config home state",
            ], "\(run)")
    }

    @Test func helpPrintsTheHelp() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["help"])
        run.expectExit(0)
        #expect(run.stdout.contains("USAGE: zoomsh"), "\(run)")
    }
}
