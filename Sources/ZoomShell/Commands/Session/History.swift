import Foundation
import ZoomModels

struct History: ShellCommand {
    static let spec = CommandSpec(
        name: "history", group: "Shell", summary: "list lines typed in earlier sessions",
        examples: ["history 20"], arguments: [ArgumentSpec("N", isOptional: true)])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runHistory(command)
    }
}

extension Shell {
    func runHistory(_ command: Command) throws -> CommandResult {
        guard let entries = configuration.historyEntries?() else {
            throw CommandError.usage("history: this session keeps no history (it is not interactive)")
        }
        var shown = entries
        if let text = try argument(command, 0) {
            guard let count = Int(text), count > 0 else {
                throw CommandError.usage("history: '\(text)' is not a count; give a whole number above 0")
            }
            shown = Array(entries.suffix(count))
        }
        let first = entries.count - shown.count + 1
        let text = shown.enumerated().map { String(format: "%5d  ", first + $0.offset) + $0.element }.joined(
            separator: "\n")
        return CommandResult(value: .array(shown.map(JSONValue.string)), presentation: .text(text), setsLast: false)
    }
}
