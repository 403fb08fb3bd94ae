import Foundation
import ZoomModels

struct Assert: ShellCommand {
    static let spec = CommandSpec(
        name: "assert", group: "Scripting", summary: "fail unless the comparison holds",
        examples: ["assert $last.duration == 45", "assert $last.join_url contains zoom"],
        arguments: [ArgumentSpec("A"), ArgumentSpec("OP", choices: ["==", "!=", "contains"]), ArgumentSpec("B")],
        form: .verbatim)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runAssert(command)
    }
}

extension Shell {
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
}
