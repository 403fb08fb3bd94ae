import Foundation

struct ResetDraft: ShellCommand {
    static let spec = CommandSpec(name: "reset", group: "Draft", summary: "empty the draft", examples: ["reset"])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        shell.runReset()
    }
}

extension Shell {
    func runReset() -> CommandResult {
        state.draft.fields.reset()
        state.draft.untilDay = nil
        state.draft.impliedZone = nil
        state.draft.loadedCreateOnly = [:]
        return .quiet(note: "the draft is empty")
    }
}
