import ArgumentParser
import Foundation
import ZoomKit
import ZoomShell

/// `zoomsh`: the REPL on a terminal, commands from standard input otherwise, a script file with
/// arguments, or `-c 'CMD; CMD'`.
public struct ZoomshCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zoomsh",
        abstract: "A shell for Zoom meetings: set up a meeting, create it, script it.",
        discussion: """
            Examples:
              zoomsh --sandbox                          a shell against the offline sandbox
              zoomsh -c 'set topic "Weekly sync"; set start tomorrow 10:00; create'
              zoomsh team.zsh 2026-12-01                run a script with $1 = 2026-12-01
              zoomsh -c 'get $1; invite $1' 85746065432 commands with $1 (also after --)
              echo 'list upcoming' | zoomsh --json      commands from a pipe, JSON out
              zoomsh sandbox serve --port 8080          a sandbox for other clients

            Credentials: ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET
            (Server-to-Server OAuth); ZOOM_API_KEY, ZOOM_API_SECRET (legacy JWT app);
            ZOOM_ACCESS_TOKEN; or a profile in $XDG_CONFIG_HOME/zoomsh/config.toml
            (mode 0600 when it holds a secret).

            Exit codes:
              0  ok
              1  a command failed
              2  usage or syntax error (nothing was sent)
              3  a script stopped on an error
              4  authentication or configuration error
            """,
        version: "zoomsh \(ZoomKit.version)")

    @OptionGroup public var options: GlobalOptions

    @Option(
        name: .customShort("c"),
        help: ArgumentHelp(
            "Run these commands and exit (repeatable); the words after them are $1, $2…", valueName: "commands"))
    public var commands: [String] = []

    @Argument(
        help: "A script file to run (use - for standard input); with -c, the first of $1, $2…",
        completion: .custom(ShellCompletions.positional))
    public var file: String?

    @Argument(
        parsing: .captureForPassthrough, help: "Arguments of the script: $1, $2…",
        completion: .custom(ShellCompletions.positional))
    public var arguments: [String] = []

    public init() {}

    /// The script file to run: none with `-c`, whose positional words are all arguments.
    var scriptFile: String? { commands.isEmpty ? file : nil }

    /// `$1, $2…`: the words after the script file, or every positional word with `-c` (as
    /// `sh -c 'CMD' WORD…` but from $1; a `--` before them is dropped).
    var scriptArguments: [String] {
        guard !commands.isEmpty else { return arguments }
        let words = (file.map { [$0] } ?? []) + arguments
        return words.first == "--" ? Array(words.dropFirst()) : words
    }

    public func run() async throws {
        let code = await FrontEnd(
            options: options, commands: commands, file: scriptFile, arguments: scriptArguments
        ).run()
        if code != .success { throw ArgumentParser.ExitCode(code.rawValue) }
    }

    /// Parses the process's arguments and runs, exiting with zoomsh's exit codes (a usage
    /// error is 2, not swift-argument-parser's 64).
    ///
    /// `zoomsh sandbox …` runs the subcommand; every other first argument is the root command's
    /// (a script file among them). swift-argument-parser would read `sandbox` as the script file
    /// because the root command takes positional arguments, hence the explicit dispatch.
    public static func runMain(arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        if arguments == ["help"] {
            // `help` as swift-argument-parser's completion scripts offer it (a script named help: ./help).
            print(helpMessage())
            Foundation.exit(0)
        }
        let root: any ParsableCommand.Type = isSubcommand(arguments) ? ZoomshSubcommands.self : ZoomshCommand.self
        do {
            var command = try root.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch {
            let code = root.exitCode(for: error)
            let message = root.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            // The message may quote a bad argument: sanitized and capped like every message.
            if !message.isEmpty { FileDescriptorOutput().writeMessage(message + "\n") }
            Foundation.exit(code == .validationFailure ? ZoomShell.ExitCode.usage.rawValue : code.rawValue)
        }
    }
}

extension ZoomshCommand {
    /// Whether `arguments` name a subcommand: `sandbox …` or `help sandbox …`.
    static func isSubcommand(_ arguments: [String]) -> Bool {
        let name = SandboxCommand.configuration.commandName
        return arguments.first == name || (arguments.first == "help" && arguments.dropFirst().first == name)
    }
}

/// The root that parses `zoomsh sandbox …`: named `zoomsh` so usage and help read
/// `zoomsh sandbox serve`.
struct ZoomshSubcommands: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoomsh", abstract: ZoomshCommand.configuration.abstract, subcommands: [SandboxCommand.self])
}
