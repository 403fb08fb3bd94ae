import Foundation
import ZoomKit
import ZoomModels
import ZoomShell

/// What running a script produced.
struct ScriptRun: Sendable {
    /// The exit code `runScript` returned.
    var code: ExitCode
    /// The writes, in order.
    var chunks: [RecordingOutput.Chunk]

    /// Everything on standard output.
    var stdout: String { chunks.filter { $0.stream == .standardOutput }.map(\.text).joined() }
    /// Everything on standard error.
    var stderr: String { chunks.filter { $0.stream == .standardError }.map(\.text).joined() }
    /// The standard-output writes parsed as JSON; nil for a write that is not JSON.
    var documents: [JSONValue?] {
        chunks.filter { $0.stream == .standardOutput }.map { try? JSONValue(parsing: $0.text) }
    }
    /// The last JSON document on standard output.
    var lastDocument: JSONValue? { documents.last ?? nil }
}

/// A shell with recorded output and a fixed clock, for tests.
struct TestShell: Sendable {
    let shell: Shell
    let output: RecordingOutput
    let sleeps: SleepRecorder

    /// A shell with `configuration` (see `ShellConfiguration.testing`).
    init(_ configuration: ShellConfiguration, sleeps: SleepRecorder = SleepRecorder()) {
        var configuration = configuration
        configuration.sleep = sleeps.sleep
        output = RecordingOutput()
        shell = Shell(configuration: configuration, output: output)
        self.sleeps = sleeps
    }

    /// A shell without credentials whose requests (if any) go to `transport`.
    static func offline(transport: (any HTTPTransport)? = nil, _ adjust: (inout ShellConfiguration) -> Void = { _ in })
        -> TestShell
    {
        var configuration = ShellConfiguration.testing()
        configuration.transport =
            transport
            ?? InMemoryTransport { request in
                .json(599, #"{"code":0,"message":"no transport in this test: \#(request.method) \#(request.url)"}"#)
            }
        adjust(&configuration)
        return TestShell(configuration)
    }

    /// Runs a script (the output of earlier runs is forgotten first).
    func run(_ source: String, file: String = "test.zsh", arguments: [String] = []) async -> ScriptRun {
        output.clear()
        let code = await shell.runScript(source: source, file: file, arguments: arguments)
        return ScriptRun(code: code, chunks: output.all)
    }

    /// Runs one line as if typed at the prompt (the output of earlier lines is forgotten first).
    func line(_ text: String) async -> (outcome: LineOutcome, run: ScriptRun) {
        output.clear()
        let outcome = await shell.runLine(text)
        let code: ExitCode = outcome == .succeeded ? .success : .commandFailed
        return (outcome, ScriptRun(code: code, chunks: output.all))
    }

    /// The value of a variable (`last`, `status`, a `let` name) and a path below it, read without
    /// running anything.
    func value(_ name: String, _ path: String...) async -> JSONValue? {
        let value = await shell.completionContext.variables[name]
        return path.isEmpty ? value : value?.value(at: path)
    }
}

extension ShellConfiguration {
    /// A configuration for tests: json output, the fixed clock, New York as the local zone,
    /// no credentials, no environment, a non-interactive session.
    static func testing(
        localTimeZone: TimeZone = FixedTime.newYork, outputMode: OutputMode = .json
    ) -> ShellConfiguration {
        var configuration = ShellConfiguration()
        configuration.outputMode = outputMode
        configuration.now = { FixedTime.now }
        configuration.localTimeZone = localTimeZone
        configuration.environment = [:]
        configuration.workingDirectory = FileManager.default.temporaryDirectory.path
        configuration.tokenCacheDirectory = nil
        configuration.isInteractive = false
        return configuration
    }
}
