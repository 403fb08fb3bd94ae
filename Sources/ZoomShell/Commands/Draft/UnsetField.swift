import Foundation
import TerminalText
import ZoomModels

struct UnsetField: ShellCommand {
    static let spec = CommandSpec(
        name: "unset", group: "Draft", summary: "remove fields from the draft",
        examples: ["unset settings.waiting_room"], arguments: [ArgumentSpec("FIELD", isVariadic: true)])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runUnset(command)
    }

    /// Each written-out FIELD.
    static func check(_ command: Command, _ checker: inout CommandChecker) {
        let catalog = MeetingFieldCatalog.standard
        for word in command.arguments {
            guard let name = word.literalText, !unsetsSpecially(name), catalog.field(name) == nil else { continue }
            let hint = DidYouMean.hint(for: name, among: DraftSpecialField.setNames)
            checker.report("unknown field '\(CommandChecker.shown(name))'\(hint)", at: word.location)
        }
    }

    /// The draft's fields that are set, one dotted level at a time.
    static func complete(_ request: CompletionRequest) -> [CompletionCandidate]? {
        Completer.setFieldItems(request.word, context: request.context)
    }

    /// Whether `unset` takes the name though the catalog does not: `host`, `until`.
    static func unsetsSpecially(_ name: String) -> Bool {
        DraftSpecialField.named(name).map { $0.isExtraName } ?? false
    }
}

extension Shell {
    /// `unset FIELD…`. Atomic: when a name is wrong nothing is removed.
    func runUnset(_ command: Command) throws -> CommandResult {
        let saved = draftSnapshot
        do {
            defer { releaseUnusedImpliedZone() }
            var removed: [String] = []
            for name in try texts(command.arguments) {
                if DraftSpecialField.named(name) == .host {
                    state.host = configuration.host
                    removed.append("host")
                    continue
                }
                let catalogName = DraftSpecialField.named(name) == .until ? "recurrence.end_date_time" : name
                guard let field = state.draft.fields.catalog.field(catalogName) else {
                    let hint = DidYouMean.hint(for: name, among: state.draft.fields.setPaths)
                    throw CommandError.usage("unknown field '\(name)'\(hint)")
                }
                var wasSet = try state.draft.fields.unset(catalogName)
                if ["recurrence", "recurrence.end_date_time"].contains(field.path), state.draft.untilDay != nil {
                    state.draft.untilDay = nil
                    wasSet = true
                }
                if wasSet { removed.append(field.path) }
            }
            return .quiet(note: removed.isEmpty ? "nothing was set" : "unset " + removed.joined(separator: ", "))
        } catch {
            restore(saved)
            throw error
        }
    }
}
