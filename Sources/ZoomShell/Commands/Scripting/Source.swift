import Foundation

struct Source: ShellCommand {
    static let spec = CommandSpec(
        name: "source", group: "Scripting", summary: "run a script file in this session",
        examples: ["source team.zsh 2026-12-01"],
        arguments: [
            ArgumentSpec("FILE", completion: .path), ArgumentSpec("ARG", isOptional: true, isVariadic: true),
        ], form: .verbatim)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runSource(command)
    }
}

extension Shell {
    func runSource(_ command: Command) async throws -> CommandResult {
        let words = try texts(command.arguments)
        let path = resolvePath(words[0], relativeTo: command.location.file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError.usage("source: cannot read '\(words[0])' (looked at \(path))")
        }
        guard state.script.argumentStack.count < 64 else {
            throw CommandError.failed("source: scripts nested 64 deep; is '\(words[0])' sourcing itself?")
        }
        let script: Script
        do {
            script = try CommandRegistry.parser.parse(String(decoding: data, as: UTF8.self), file: path)
        } catch let error as SyntaxError {
            throw CommandError.usage("source: \(words[0]) has syntax errors, nothing in it ran:\n" + error.rendered)
        }
        state.script.argumentStack.append(Array(words.dropFirst()))
        defer { state.script.argumentStack.removeLast() }
        switch await execute(script, interactive: false) {
        case .finished(let anyFailed):
            if anyFailed { throw CommandError.failed("source: some commands of \(words[0]) failed") }
            return .quiet()
        case .stopped(let error, _):
            throw CommandError(error.kind, "source: \(words[0]) stopped on an error")
        case .exit(let code):
            throw ExitRequest(code: code)
        }
    }

    /// A path relative to the script that names it when the file is there, else to the
    /// working directory.
    func resolvePath(_ path: String, relativeTo file: String) -> String {
        var expanded = path
        if expanded.hasPrefix("~/"), let home = configuration.environment["HOME"] {
            expanded = home + expanded.dropFirst(1)
        }
        if expanded.hasPrefix("/") { return expanded }
        if file.hasPrefix("/") || file.contains("/") {
            let directory = (file as NSString).deletingLastPathComponent
            let candidate = (directory as NSString).appendingPathComponent(expanded)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return (configuration.workingDirectory as NSString).appendingPathComponent(expanded)
    }
}
