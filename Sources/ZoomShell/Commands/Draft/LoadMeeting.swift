import Foundation
import ZoomKit
import ZoomModels

struct LoadMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "load", group: "Draft", summary: "copy an existing meeting into the draft",
        examples: ["load 85746065432"], options: [CommonOptions.dryRun], arguments: [CommonArguments.meetingID])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runLoad(command)
    }
}

extension Shell {
    func runLoad(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.getMeeting(id: id)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        let loaded = MeetingDraft.load(from: meeting.raw)
        state.draft.fields = loaded.draft
        state.draft.untilDay = nil
        state.draft.impliedZone = nil
        // The meeting's own create-only values: `update` leaves them out while they are unchanged.
        state.draft.loadedCreateOnly = [:]
        for path in loaded.draft.requestBody(for: .update).omitted {
            if let value = loaded.draft.value(at: path) { state.draft.loadedCreateOnly[path] = value }
        }
        var note = "loaded meeting \(id) into the draft (\(loaded.draft.setPaths.count) fields)"
        if !loaded.dropped.isEmpty { note += "; left out read-only fields: " + loaded.dropped.joined(separator: ", ") }
        return CommandResult(value: .object(state.draft.fields.body), presentation: .text(note), setsLast: false)
    }
}
