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
                state.status = 0
                if let value = result.value, result.setsLast { state.last = value }
                render(result)
            } catch let request as ExitRequest {
                return .exit(request.code)
            } catch {
                let failure = commandError(from: error)
                state.status = 1
                state.failedCommands += 1
                anyFailed = true
                report(failure, at: command, interactive: interactive)
                if failure.kind == .cancelled { return .stopped(failure, remaining: index + 1 < script.commands.count) }
                if state.stopOnError && !interactive {
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
        if !interactive && state.stopOnError && error.kind != .cancelled {
            // A line that may carry a secret is named, not quoted (the parser's rule for diagnostics).
            let hidden = SecretFilter.hidesSource(
                words: command.words.map { $0.literalText ?? $0.text }, text: command.text)
            text += "  (in: \(hidden ? command.name + " …" : command.text))\n"
        }
        output.write(text, to: .standardError)
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
        switch command.name {
        case "set": return try await runSet(command)
        case "unset": return try runUnset(command)
        case "reset": return runReset()
        case "show": return try await runShow(command)
        case "validate": return try await runValidate(command)
        case "occurrences": return try await runOccurrences(command)
        case "load": return try await runLoad(command)
        case "create": return try await runCreate(command)
        case "get": return try await runGet(command)
        case "list": return try await runList(command)
        case "update": return try await runUpdate(command)
        case "delete": return try await runDelete(command)
        case "end": return try await runEnd(command)
        case "invite": return try await runInvite(command)
        case "whoami": return try await runWhoami(command)
        case "api": return try await runAPI(command)
        case "auth": return try await runAuthShow()
        case "auth s2s", "auth jwt", "auth token": return try await runAuthChange(command)
        case "auth refresh": return try await runAuthRefresh()
        case "profile": return try runProfile(command)
        case "jwt sign": return try await runJWTSign(command)
        case "jwt decode": return try await runJWTDecode(command)
        case "sdk signature": return try await runSDKSignature(command)
        case "let": return try runLet(command)
        case "echo": return try runEcho(command)
        case "print": return try runPrint(command)
        case "assert": return try runAssert(command)
        case "source": return try await runSource(command)
        case "on-error": return try runOnError(command)
        case "sleep": return try await runSleep(command)
        case "exit": return try runExit(command)
        case "quit": throw ExitRequest(code: nil)
        case "output": return try runOutput(command)
        case "dry-run": return try runDryRun(command)
        case "curl": return try runCurl()
        case "trace": return try runTrace(command)
        case "history": return try runHistory(command)
        case "help": return try runHelp(command)
        case "version": return CommandResult(text: "zoomsh \(ZoomKit.version)", value: .string(ZoomKit.version))
        default: throw CommandError.usage("the command '\(command.name)' is not implemented")
        }
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
    func option(_ command: Command, _ name: String) throws -> String? {
        guard let value = command.option(name)?.value else { return nil }
        return try text(value)
    }

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
