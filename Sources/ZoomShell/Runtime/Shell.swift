import Foundation
import ZoomModels

/// A zoomsh session: the draft, variables, auth and settings, and the interpreter that runs
/// commands against them. Input is text; output goes to the injected `ShellOutput`.
///
/// ```swift
/// let shell = Shell(configuration: configuration, output: FileDescriptorOutput())
/// let code = await shell.runScript(source: text, file: "team.zsh", arguments: ["2026-12-01"])
/// ```
public actor Shell {
    let configuration: ShellConfiguration
    let output: any ShellOutput
    var state: SessionState
    var connection: ZoomConnection?
    let traceSwitch: TraceSwitch

    /// A session. Everything it writes to `output` is sanitized for a terminal (see `SanitizedOutput`).
    public init(configuration: ShellConfiguration, output: any ShellOutput) {
        self.configuration = configuration
        self.output = SanitizedOutput(output)
        self.state = SessionState(configuration: configuration)
        self.traceSwitch = TraceSwitch(configuration.trace)
    }

    /// Parses the whole script, then runs it. A syntax error anywhere prints every problem and
    /// runs nothing (exit 2). A failing command stops the script unless `on-error continue`.
    public func runScript(source: String, file: String, arguments: [String] = []) async -> ExitCode {
        let script: Script
        do {
            script = try CommandRegistry.parser.parse(source, file: file)
        } catch let error as SyntaxError {
            output.write(error.rendered.hasSuffix("\n") ? error.rendered : error.rendered + "\n", to: .standardError)
            return .usage
        } catch {
            output.write("\(file): \(error)\n", to: .standardError)
            return .usage
        }
        state.script.argumentStack.append(arguments)
        defer { state.script.argumentStack.removeLast() }
        state.script.failedCommands = 0
        switch await execute(script, interactive: false) {
        case .finished(let anyFailed): return anyFailed ? .commandFailed : .success
        case .stopped(let error, let remaining):
            return error.kind == .authentication || error.kind == .configuration
                ? .authOrConfig : (remaining ? .scriptStopped : .commandFailed)
        case .exit(let code): return code ?? (state.script.failedCommands > 0 ? .commandFailed : .success)
        }
    }

    /// Runs one line typed at the prompt (already joined across `\` continuations).
    public func runLine(_ line: String) async -> LineOutcome {
        let script: Script
        do {
            script = try CommandRegistry.parser.parse(line, file: "<stdin>")
        } catch let error as SyntaxError {
            if error.isIncompleteInput { return .needsMoreInput }
            // At the prompt the line is right above: `error: …` and the caret, no file name.
            var text = ""
            for diagnostic in error.diagnostics {
                let rendered = diagnostic.rendered
                let prefix = "\(diagnostic.location): "
                text += (rendered.hasPrefix(prefix) ? "error: " + rendered.dropFirst(prefix.count) : rendered[...])
                text += rendered.hasSuffix("\n") ? "" : "\n"
            }
            output.write(text, to: .standardError)
            state.script.status = 2
            return .failed
        } catch {
            output.write("error: \(error)\n", to: .standardError)
            return .failed
        }
        switch await execute(script, interactive: true) {
        case .finished(let anyFailed): return anyFailed ? .failed : .succeeded
        case .stopped: return .failed
        case .exit(let code): return .exit(code ?? .success)
        }
    }

    /// What the prompt shows: the profile, and whether this is the sandbox.
    public var promptContext: PromptContext {
        PromptContext(
            profile: state.account.profileName, isSandbox: configuration.isSandbox, dryRun: state.modes.dryRun)
    }

    /// A snapshot of what completion needs: variables, the meetings seen, the profiles, the
    /// draft's fields that are set, and the directories paths are read from.
    public var completionContext: CompletionContext {
        let variables = SessionVariables(state: state)
        var values: [String: JSONValue] = [:]
        for name in variables.variableNames { values[name] = variables.value(of: name) }
        let home = configuration.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        return CompletionContext(
            variables: values, meetings: state.seen.meetings, workingDirectory: configuration.workingDirectory,
            profileNames: configuration.profileNames,
            setFields: state.draft.fields.setPaths + (state.host == configuration.host ? [] : ["host"]),
            homeDirectory: home)
    }

    /// Whether the line carries a secret and must not be kept in history: a token, a secret
    /// option or field, or an `auth` line that is not exactly its documented form. With
    /// `environment`, also an `auth` line whose `--secret-env`/`--env` names no variable that is set.
    public nonisolated static func lineCarriesSecret(_ line: String, environment: [String: String]? = nil) -> Bool {
        SecretFilter.carriesSecret(line, environment: environment)
    }
}

/// What became of a line typed at the prompt.
public enum LineOutcome: Sendable, Hashable {
    /// Every command succeeded.
    case succeeded
    /// A command failed (the error was printed).
    case failed
    /// The line is not finished (a `\` at its end, an open quote): read more.
    case needsMoreInput
    /// `exit` or `quit` was run.
    case exit(ExitCode)
}

/// What the prompt shows.
public struct PromptContext: Sendable, Hashable {
    /// The active profile, if any.
    public var profile: String?
    /// Whether the session talks to the sandbox.
    public var isSandbox: Bool
    /// Whether requests are only printed.
    public var dryRun: Bool

    /// `zoomsh[sandbox]`, `zoomsh[work]`, or `zoomsh`.
    public var label: String {
        var tags: [String] = []
        if isSandbox { tags.append("sandbox") } else if let profile { tags.append(profile) }
        if dryRun { tags.append("dry-run") }
        return tags.isEmpty ? "zoomsh" : "zoomsh[\(tags.joined(separator: ","))]"
    }
}
