import ArgumentParser
import Foundation
import Testing

@testable import ZoomshCLI

@Suite("GlobalOptions, ConfigPaths and the root command")
struct GlobalOptionsTests {
    @Test(arguments: [
        ["--output", "xml"],
        ["--json", "--output", "plain"],
        ["--api-url", "api.zoom.us/v2"],
        ["--api-url", "ftp://zoom.us/v2"],
        ["--oauth-url", "https:///no-host"],
        ["--api-url", "https://api.zoom.us/v2?x=1"],
        ["--sandbox", "--api-url", "https://api.zoom.us/v2"],
        ["--sandbox", "--profile", "work"],
    ])
    func refusedCombinations(flags: [String]) {
        #expect(throws: (any Error).self) { try GlobalOptions.parse(flags) }
    }

    @Test(arguments: [
        ["--output", "Plain"],
        ["--json", "--output", "json"],
        ["--api-url", "http://127.0.0.1:8080/v2", "--oauth-url", "https://zoom.us/oauth/token"],
        ["--sandbox", "--json", "--trace", "--dry-run", "--continue-on-error"],
    ])
    func acceptedCombinations(flags: [String]) throws {
        _ = try GlobalOptions.parse(flags)
    }

    @Test func rootCommandTakesScriptArgumentsVerbatim() throws {
        let command = try ZoomshCommand.parse(["--json", "s.zsh", "--sandbox", "-c", "x"])
        #expect(command.options.json)
        #expect(!command.options.sandbox)
        #expect(command.file == "s.zsh")
        #expect(command.arguments == ["--sandbox", "-c", "x"])
    }

    @Test func dashCIsRepeatable() throws {
        let command = try ZoomshCommand.parse(["-c", "a", "-c", "b"])
        #expect(command.commands == ["a", "b"])
        #expect(command.file == nil)
    }

    @Test func sandboxIsDispatchedAsASubcommand() {
        #expect(ZoomshCommand.isSubcommand(["sandbox", "serve"]))
        #expect(ZoomshCommand.isSubcommand(["sandbox"]))
        #expect(ZoomshCommand.isSubcommand(["help", "sandbox", "serve"]))
        #expect(!ZoomshCommand.isSubcommand(["script.zsh", "sandbox"]))
        #expect(!ZoomshCommand.isSubcommand(["--sandbox"]))
        #expect(!ZoomshCommand.isSubcommand(["./sandbox"]))
        #expect(!ZoomshCommand.isSubcommand([]))
    }

    @Test func xdgDirectoriesFollowTheVariables() {
        let paths = ConfigPaths(environment: [
            "HOME": "/home/u", "XDG_CONFIG_HOME": "/x/config", "XDG_CACHE_HOME": "/x/cache",
            "XDG_STATE_HOME": "/x/state",
        ])
        #expect(paths.configFile == "/x/config/zoomsh/config.toml")
        #expect(paths.cacheDirectory == "/x/cache/zoomsh")
        #expect(paths.historyFile == "/x/state/zoomsh/history")
    }

    @Test func relativeOrMissingXDGVariablesFallBackToHome() {
        let paths = ConfigPaths(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "relative/dir"])
        #expect(paths.configFile == "/home/u/.config/zoomsh/config.toml")
        #expect(paths.cacheDirectory == "/home/u/.cache/zoomsh")
        #expect(paths.stateDirectory == "/home/u/.local/state/zoomsh")
    }
}
