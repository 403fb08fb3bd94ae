import Foundation
import ZoomKit
import ZoomModels

/// How a run of commands ended.
enum ExecutionOutcome: Sendable {
    /// Every command ran; `anyFailed` when some failed under `on-error continue`.
    case finished(anyFailed: Bool)
    /// A command failed under `on-error stop`; `remaining` when commands were skipped.
    case stopped(CommandError, remaining: Bool)
    /// `exit` or `quit`; a nil code (`quit`) ends the run as if its input had ended.
    case exit(ExitCode?)
}

/// `exit N` and `quit`, unwinding nested `source`s. `quit` carries no code: a script that
/// quits exits 1 when a command failed under `on-error continue`, like one that reaches its end.
struct ExitRequest: Error {
    var code: ExitCode?
}

extension Shell {
    func execute(_ script: Script, interactive: Bool) async -> ExecutionOutcome {
        var anyFailed = false
        for (index, command) in script.commands.enumerated() {
            do {
                if Task.isCancelled { throw CommandError(.cancelled, "cancelled") }
                let result = try await dispatch(command)
                state.script.status = 0
                if let value = result.value, result.setsLast { state.script.last = value }
                render(result)
            } catch let request as ExitRequest {
                return .exit(request.code)
            } catch {
                let failure = commandError(from: error)
                state.script.status = 1
                state.script.failedCommands += 1
                anyFailed = true
                report(failure, at: command, interactive: interactive)
                if failure.kind == .cancelled { return .stopped(failure, remaining: index + 1 < script.commands.count) }
                if state.script.stopOnError && !interactive {
                    return .stopped(failure, remaining: index + 1 < script.commands.count)
                }
            }
        }
        return .finished(anyFailed: anyFailed)
    }

    func report(_ error: CommandError, at command: Command, interactive: Bool) {
        let lines = error.message.split(separator: "\n", omittingEmptySubsequences: false)
        var text =
            interactive || command.location.file == "<stdin>" || command.location.file == "<input>"
            ? "error: " : "\(command.location.file):\(command.location.line): error: "
        text += lines.first.map(String.init) ?? ""
        text += "\n"
        for line in lines.dropFirst() { text += "  \(line)\n" }
        if !interactive && state.script.stopOnError && error.kind != .cancelled {
            // A line that may carry a secret is named, not quoted (the parser's rule for diagnostics).
            let hidden = SecretFilter.hidesSource(
                words: command.words.map { $0.literalText ?? $0.text }, text: command.text)
            text += "  (in: \(hidden ? command.name + " …" : command.text))\n"
        }
        output.writeMessage(text)
    }

    /// Any error a command throws, as a `CommandError` with a clear message and kind.
    func commandError(from error: any Error) -> CommandError {
        switch error {
        case let error as CommandError: return error
        case let error as ZoomError:
            // A 401 that survived a fresh token: the credentials themselves are refused.
            return CommandError(error.status == 401 ? .authentication : .failed, error.description)
        case let error as AuthError: return CommandError(.authentication, error.description)
        case let error as CredentialsError: return CommandError(.authentication, error.description)
        case let error as TransportError:
            return error.kind == .cancelled
                ? CommandError(.cancelled, "cancelled") : CommandError(.failed, error.description)
        case let error as ExpansionError: return CommandError(.usage, error.message)
        case let error as ValueError: return CommandError(.usage, error.message)
        case let error as MeetingFieldError: return CommandError(.usage, error.message)
        case let error as JWTSigningError: return CommandError(.usage, error.description)
        case is CancellationError: return CommandError(.cancelled, "cancelled")
        default: return CommandError(.failed, String(describing: error))
        }
    }

    func dispatch(_ command: Command) async throws -> CommandResult {
        guard let unit = CommandRegistry.unit(for: command) else {
            throw CommandError.usage("the command '\(command.name)' is not implemented")
        }
        return try await unit.run(command, in: self)
    }

    // MARK: - Words

    var variables: SessionVariables { SessionVariables(state: state) }

    /// The text of a word, variables expanded.
    func text(_ word: Word) throws -> String { try word.expandedText(in: variables) }

    /// The texts of words.
    func texts(_ words: [Word]) throws -> [String] { try words.map { try text($0) } }

    /// The text of argument `index`, or nil when absent.
    func argument(_ command: Command, _ index: Int) throws -> String? {
        guard command.arguments.indices.contains(index) else { return nil }
        return try text(command.arguments[index])
    }

    /// The text of the option `name`, or nil when absent.
    private func option(_ command: Command, _ name: String) throws -> String? {
        guard let value = command.option(name)?.value else { return nil }
        return try text(value)
    }

    /// The text of the option `spec`, or nil when absent (options are read by their spec, not
    /// by a name typed again).
    func option(_ command: Command, _ spec: OptionSpec) throws -> String? { try option(command, spec.name) }

    /// A meeting id from argument `index`: digits, as Zoom's int64 ids.
    func meetingID(_ command: Command, _ index: Int = 0) throws -> Int64 {
        let raw = try argument(command, index) ?? ""
        // `857 4606 5432` and `857-4606-5432` as Zoom prints them; never a sign.
        let digits = raw.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        guard let first = raw.first, first.isASCIIDigit, digits.allSatisfy(\.isASCIIDigit), let id = Int64(digits),
            id > 0
        else {
            throw CommandError.usage("'\(raw)' is not a meeting id: give its digits, e.g. 85746065432")
        }
        return id
    }
}
