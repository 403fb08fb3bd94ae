import Foundation
import ZoomModels

struct ShowDraft: ShellCommand {
    static let spec = CommandSpec(
        name: "show", group: "Draft", summary: "show the draft; --json prints the exact request body",
        examples: ["show", "show --json"], options: [json])

    static let json = OptionSpec.flag("json", help: "the exact request body")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runShow(command)
    }
}

extension Shell {
    func runShow(_ command: Command) async throws -> CommandResult {
        let zone = await settledZone(for: command)
        let body = requestDraft(for: .create, zone: zone).requestBody(for: .create)
        let start = state.draftStart(in: zone)
        if command.hasOption(ShowDraft.json) {
            // The body is printed as it is; what `create` would refuse in it is said on standard error.
            let warnings = start?.problem.map { ["start_time: \($0)"] } ?? []
            return CommandResult(value: body.json, presentation: .json, setsLast: false, warnings: warnings)
        }
        if state.draft.fields.isEmpty, state.draft.untilDay == nil {
            return CommandResult(
                value: body.json, presentation: .text("(the draft is empty: try 'set topic \"Weekly sync\"')"),
                setsLast: false)
        }
        let draft = state.derivedDraft(in: zone)
        var pairs: [(String, String)] = []
        for path in draft.setPaths {
            guard let value = draft.value(at: path) else { continue }
            pairs.append((path, describe(value, at: path)))
        }
        if let start {
            let reading =
                start.problem
                ?? TimeDisplay.threeZones(start.instant, meeting: start.zone.zone, local: configuration.localTimeZone)
            pairs.append(("start", reading))
            if let note = start.note { pairs.append(("note", note)) }
        }
        if body.json["timezone"] != nil, state.draft.fields.value(at: "timezone") == nil {
            pairs.append(("timezone (sent)", "\(zone.name) from the \(zone.source.rawValue)"))
        }
        if !body.omitted.isEmpty {
            pairs.append(("not sent by create", body.omitted.joined(separator: ", ") + " (update only)"))
        }
        let headline = "Draft meeting for \(state.host)" + (state.modes.dryRun ? " (dry-run on)" : "")
        return CommandResult(value: body.json, presentation: .record(headline: headline, pairs: pairs), setsLast: false)
    }

    /// A value for people: enum names next to numbers, plain strings.
    func describe(_ value: JSONValue, at path: String) -> String {
        if let field = state.draft.fields.catalog.field(exactPath: path), !field.enumValues.isEmpty,
            let known = field.enumValues.first(where: { $0.value == value })
        {
            return known.label
        }
        return value.plainText
    }
}
