import Foundation
import LineEditing
import ZoomSandbox
import ZoomShell

/// Wires a zoomsh process together: settings, the sandbox when asked, the shell, and the way
/// commands arrive (REPL, script file, `-c`, standard input).
struct FrontEnd: Sendable {
    var options: GlobalOptions
    var commands: [String]
    var file: String?
    var arguments: [String]
    var environment = ProcessInfo.processInfo.environment

    func run() async -> ZoomShell.ExitCode {
        let errors = FileDescriptorOutput()
        let paths = ConfigPaths(environment: environment)
        let stdinIsTerminal = isatty(0) == 1
        let stdoutIsTerminal = isatty(1) == 1
        var settings: SessionSettings
        do {
            settings = try SessionSettings.resolve(
                options: options, environment: environment, isTerminal: stdoutIsTerminal, paths: paths)
        } catch {
            errors.writeMessage("zoomsh: \(error)\n")
            return .authOrConfig
        }
        for warning in settings.warnings { errors.writeMessage("zoomsh: warning: \(warning)\n") }
        let interactive = commands.isEmpty && (file == nil || file == "-") && stdinIsTerminal
        var configuration = settings.configuration
        configuration.isInteractive = interactive
        let configFile = settings.configFile
        let environment = environment
        let options = options
        configuration.loadProfile = { name in
            try SessionSettings.shellProfile(name, file: configFile, environment: environment, options: options)
        }

        var sandbox: Sandbox?
        if options.sandbox {
            do {
                let started = try await Sandbox.start(SandboxConfiguration())
                sandbox = started
                configuration.isSandbox = true
                configuration.apiURL = started.baseURL
                configuration.oauthURL = started.oauthURL
                configuration.profileName = "sandbox"
                configuration.tokenCacheDirectory = nil
                let credentials = started.credentials
                configuration.credentials = .s2s(
                    accountID: credentials.accountID, clientID: credentials.clientID,
                    clientSecret: credentials.clientSecret)
                errors.write(
                    "zoomsh: using the offline sandbox at \(started.baseURL) — meetings here are not real\n",
                    to: .standardError)
            } catch {
                errors.writeMessage("zoomsh: the sandbox did not start: \(error)\n")
                return .authOrConfig
            }
        }
        let code = await runShell(
            configuration: configuration, interactive: interactive, commands: commands, file: file,
            arguments: arguments, paths: paths)
        // The sandbox's server is shut down and awaited before the process exits.
        await sandbox?.stop()
        return code
    }

    private func runShell(
        configuration: ShellConfiguration, interactive: Bool, commands: [String], file: String?, arguments: [String],
        paths: ConfigPaths
    ) async -> ZoomShell.ExitCode {
        let errors = FileDescriptorOutput()
        if interactive {
            return await REPL(configuration: configuration, paths: paths, environment: environment).run()
        }
        let shell = Shell(configuration: configuration, output: FileDescriptorOutput())
        if !commands.isEmpty {
            return await shell.runScript(source: commands.joined(separator: "\n"), file: "-c", arguments: arguments)
        }
        if let file, file != "-" {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: file) else {
                let reason =
                    !exists ? "no such file" : isDirectory.boolValue ? "it is a directory" : "permission denied"
                errors.writeMessage("zoomsh: cannot read the script \(file): \(reason)\n")
                return .usage
            }
            return await shell.runScript(
                source: String(decoding: data, as: UTF8.self), file: file, arguments: arguments)
        }
        // A pipe or a file on standard input: a script, parsed whole before anything runs. Named
        // `stdin` (not the shell's `<stdin>`, which means typed lines) so errors say stdin:LINE.
        let input = FileHandle.standardInput.readDataToEndOfFile()
        return await shell.runScript(
            source: String(decoding: input, as: UTF8.self), file: "stdin", arguments: arguments)
    }
}
