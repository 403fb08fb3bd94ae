import Foundation
import ZoomModels

struct ValidateDraft: ShellCommand {
    static let spec = CommandSpec(
        name: "validate", group: "Draft",
        summary: "check the draft offline: types, enums, lengths, ranges, combinations",
        examples: ["validate", "validate --update"],
        options: [update])

    static let update = OptionSpec.flag("update", help: "check it as the body of an update (PATCH)")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runValidate(command)
    }
}

extension Shell {
    func runValidate(_ command: Command) async throws -> CommandResult {
        let operation: MeetingOperation = command.hasOption(ValidateDraft.update) ? .update : .create
        let issues = draftIssues(for: operation, zone: await settledZone(for: command))
        let value = JSONValue.array(
            issues.map { issue in
                [
                    "field": .string(issue.path), "message": .string(issue.message),
                    "severity": .string(issue.severity.rawValue),
                ]
            })
        let errors = issues.errors
        if !errors.isEmpty {
            throw CommandError.failed(
                "the draft is not valid for \(operation.rawValue) (\(errors.count) problem\(errors.count == 1 ? "" : "s")):\n"
                    + issues.map(\.description).joined(separator: "\n"))
        }
        var text = "the draft is valid for \(operation.rawValue)"
        for warning in issues { text += "\n  \(warning.description)" }
        return CommandResult(value: value, presentation: .text(text), setsLast: false)
    }
}
