import Foundation
import ZoomModels

extension Shell {
    func runLet(_ command: Command) throws -> CommandResult {
        guard let assignment = command.assignment else { throw CommandError.usage("usage: let NAME = VALUE") }
        // `$last`, `$draft`… are the shell's: a `let` would hide every later result behind it.
        guard !(["status", "?", "#", "@"] + SessionVariables.builtinNames).contains(assignment.name) else {
            throw CommandError.usage("let: '$\(assignment.name)' is set by the shell and cannot be assigned")
        }
        let value = try assignment.value.expandedValue(in: variables)
        state.variables[assignment.name] = value
        return .quiet(note: "\(assignment.name) = \(value.compactText)")
    }

    func runEcho(_ command: Command) throws -> CommandResult {
        let text = try texts(command.arguments).joined(separator: " ")
        return CommandResult(value: .string(text), presentation: .text(text + "\n"), setsLast: false)
    }

    func runPrint(_ command: Command) throws -> CommandResult {
        let value = try command.arguments.expandedValue(in: variables)
        switch value {
        case .object, .array: return CommandResult(value: value, presentation: .json, setsLast: false)
        default: return CommandResult(value: value, presentation: .text(value.plainText), setsLast: false)
        }
    }

    func runAssert(_ command: Command) throws -> CommandResult {
        let left = try command.arguments[0].expandedValue(in: variables)
        let op = try text(command.arguments[1])
        let right = try command.arguments[2].expandedValue(in: variables)
        let holds: Bool
        switch op {
        case "==", "!=":
            let same = Self.same(
                try Self.comparable(command.arguments[0], in: variables),
                try Self.comparable(command.arguments[2], in: variables))
            holds = op == "==" ? same : !same
        case "contains":
            switch left {
            case .array(let items): holds = items.contains { Self.same($0, right) }
            case .object(let object): holds = object[right.plainText] != nil
            default: holds = left.plainText.contains(right.plainText)
            }
        default: throw CommandError.usage("assert: '\(op)' is not a comparison; use ==, != or contains")
        }
        guard holds else {
            throw CommandError.failed(
                "assertion failed: \(command.arguments[0].text) \(op) \(command.arguments[2].text) "
                    + "(left is \(left.compactText), right is \(right.compactText))")
        }
        return .quiet()
    }

    /// A word's value for `assert`: a bare literal that reads as a number (`45`, `45.0`) is that
    /// number; a quoted word or one built from variables stays text (`'45' != '45.0'`).
    static func comparable(_ word: Word, in variables: SessionVariables) throws -> JSONValue {
        let value = try word.expandedValue(in: variables)
        guard case .string(let text) = value, word.parts.allSatisfy({ $0 == .literal(text, .none) }),
            let number = Double(text), number.isFinite
        else { return value }
        return .double(number)
    }

    /// Equality across how values were written: `45` typed equals the number 45 from JSON.
    static func same(_ left: JSONValue, _ right: JSONValue) -> Bool {
        if left == right { return true }
        if let a = left.doubleValue ?? Double(left.plainText), let b = right.doubleValue ?? Double(right.plainText),
            left.doubleValue != nil || right.doubleValue != nil
        {
            return a == b
        }
        if case .bool(let flag) = left { return ["\(flag)"].contains(right.plainText.lowercased()) }
        if case .bool(let flag) = right { return ["\(flag)"].contains(left.plainText.lowercased()) }
        if case .null = left { return right.plainText == "null" || right.plainText.isEmpty }
        switch (left, right) {
        case (.string, _), (_, .string): return left.plainText == right.plainText
        default: return false
        }
    }

    func runSource(_ command: Command) async throws -> CommandResult {
        let words = try texts(command.arguments)
        let path = resolvePath(words[0], relativeTo: command.location.file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError.usage("source: cannot read '\(words[0])' (looked at \(path))")
        }
        guard state.argumentStack.count < 64 else {
            throw CommandError.failed("source: scripts nested 64 deep; is '\(words[0])' sourcing itself?")
        }
        let script: Script
        do {
            script = try CommandTable.parser.parse(String(decoding: data, as: UTF8.self), file: path)
        } catch let error as SyntaxError {
            throw CommandError.usage("source: \(words[0]) has syntax errors, nothing in it ran:\n" + error.rendered)
        }
        state.argumentStack.append(Array(words.dropFirst()))
        defer { state.argumentStack.removeLast() }
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

    func runOnError(_ command: Command) throws -> CommandResult {
        let mode = try argument(command, 0)?.lowercased() ?? ""
        switch mode {
        case "stop": state.stopOnError = true
        case "continue": state.stopOnError = false
        default: throw CommandError.usage("on-error: '\(mode)' is not a mode; use stop or continue")
        }
        return .quiet(note: "on-error \(mode)")
    }

    func runSleep(_ command: Command) async throws -> CommandResult {
        let text = try argument(command, 0) ?? ""
        let duration = try DurationParser.interval(text)
        try await configuration.sleep(duration)
        return .quiet()
    }

    func runExit(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else { throw ExitRequest(code: ExitCode(Int32(state.status))) }
        guard let code = Int32(text), (0...255).contains(code) else {
            throw CommandError.usage("exit: '\(text)' is not an exit code; give a number from 0 to 255")
        }
        throw ExitRequest(code: ExitCode(code))
    }
}
