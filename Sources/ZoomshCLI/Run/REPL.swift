import Foundation
import LineEditing
import Synchronization
import ZoomShell

/// The interactive loop: a prompt that names the profile or the sandbox, libedit editing with
/// persistent history and completion, Ctrl-C that drops a line or cancels the running command,
/// and Ctrl-D that leaves — with exit code 0, like `quit`, whatever the last command did.
struct REPL: Sendable {
    var configuration: ShellConfiguration
    var paths: ConfigPaths
    var environment: [String: String]

    /// The completion snapshot, refreshed after every command; read by libedit's Tab handler.
    final class CompletionState: Sendable {
        let context = Mutex(CompletionContext())
    }

    func run() async -> ZoomShell.ExitCode {
        let errors = FileDescriptorOutput()
        let completionState = CompletionState()
        let style = TerminalStyle.detect(fileDescriptor: 1, environment: environment)
        let readerConfiguration = LineReaderConfiguration(
            historyFilePath: paths.historyFile,
            historyFilter: { [environment] in !Shell.lineCarriesSecret($0, environment: environment) },
            onHistoryError: { error in errors.writeMessage("zoomsh: history: \(error)\n") },
            completion: { line, cursor in
                let context = completionState.context.withLock { $0 }
                let result = Completer.complete(line: line, cursor: cursor, context: context)
                return Completion(start: result.start, candidates: result.items)
            },
            style: style)
        let reader = LineReaderFactory.makeReader(configuration: readerConfiguration, environment: environment)
        let monitor = InterruptMonitor()
        var configuration = self.configuration
        configuration.readSecret = { prompt in
            let secret = await reader.nextSecret(prompt: prompt)
            // Given up (Ctrl-C, end of input): drop what was typed after the prompt, or the line editor
            // would show a half-typed secret as the next command line. A Ctrl-C typed on the terminal
            // flushes it already; a SIGINT sent with kill(1) does not.
            if secret == nil, isatty(0) == 1 { tcflush(0, TCIFLUSH) }
            return secret
        }
        configuration.historyEntries = { reader.historyEntries }
        let shell = Shell(configuration: configuration, output: FileDescriptorOutput())

        errors.write(
            "zoomsh \(ZoomKitVersion.text) — 'help' lists commands, Tab completes, Ctrl-D leaves\n", to: .standardError)
        while true {
            completionState.context.withLock { $0 = CompletionContext() }
            let snapshot = await shell.completionContext
            completionState.context.withLock { $0 = snapshot }
            let label = await shell.promptContext.label
            let prompt = Prompt(label + "> ", style: .foreground(configuration.isSandbox ? .yellow : .cyan))
            var text = ""
            var current = prompt
            var outcome: LineOutcome = .succeeded
            readLoop: while true {
                switch await reader.nextLine(prompt: current) {
                case .endOfInput:
                    if !text.isEmpty { break readLoop }
                    return .success
                case .interrupted:
                    // Ctrl-C drops the whole command, continuation lines included: start over.
                    text = ""
                    current = prompt
                    continue readLoop
                case .line(let line):
                    text += (text.isEmpty ? "" : "\n") + line
                }
                if text.trimmingCharacters(in: .whitespaces).isEmpty { break readLoop }
                if text.hasSuffix("\\") && !text.hasSuffix("\\\\") {
                    current = prompt.continuation
                    continue readLoop
                }
                break readLoop
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            do {
                let line = text
                outcome = try await monitor.cancellingOnInterrupt { await shell.runLine(line) }
            } catch {
                errors.write("^C cancelled\n", to: .standardError)
                outcome = .failed
            }
            if outcome == .needsMoreInput {
                // An open quote: read on with the continuation prompt.
                var more = text
                while outcome == .needsMoreInput {
                    guard case .line(let line) = await reader.nextLine(prompt: prompt.continuation) else { break }
                    more += "\n" + line
                    let joined = more
                    outcome = (try? await monitor.cancellingOnInterrupt { await shell.runLine(joined) }) ?? .failed
                }
                text = more
            }
            reader.addHistory(text)
            if case .exit(let code) = outcome { return code }
        }
    }
}
