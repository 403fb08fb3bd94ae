import Foundation
import ZoomKit

struct UpdateMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "update", group: "Zoom", summary: "change a meeting: PATCH of the fields set in the draft",
        examples: ["update 85746065432"],
        options: [occurrence, CommonOptions.dryRun], arguments: [CommonArguments.meetingID])

    static let occurrence = OptionSpec.value("occurrence", "OCCURRENCE_ID", help: "change one occurrence only")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runUpdate(command)
    }
}

extension Shell {
    func runUpdate(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        guard !state.sendableDraft(in: state.meetingZone).requestBody(for: .update).body.isEmpty else {
            throw CommandError.usage("nothing to update: set the fields to change first (e.g. set topic \"New name\")")
        }
        // A wall-time start without a zone keeps the meeting's own zone: never one not chosen.
        let (zone, zoneWarning) = try await updateZone(meetingID: id, command: command)
        let errors = draftIssues(for: .update, zone: zone).errors
        if !errors.isEmpty {
            throw CommandError.failed(
                "not sent: the update has \(errors.count) problem\(errors.count == 1 ? "" : "s"):\n"
                    + errors.map(\.description).joined(separator: "\n"))
        }
        let requestBody = requestDraft(for: .update, zone: zone).requestBody(for: .update)
        let body = requestBody.json
        let request = ZoomRequest.updateMeeting(
            id: id, body: body, occurrenceID: try option(command, UpdateMeeting.occurrence))
        guard try await send(request, command: command) != nil else {
            var result = dryRunResult(request)
            result.warnings += zoneWarning.map { [$0] } ?? []
            return result
        }
        let note = "updated meeting \(id): " + requestBody.body.keys.joined(separator: ", ")
        // PATCH answers 204 with no body: read the meeting back to show the result.
        let meeting = try await zoom().meeting(id: id)
        remember(meeting.raw)
        var result = meetingResult(meeting, headline: "updated")
        result.note = note
        result.warnings += zoneWarning.map { [$0] } ?? []
        return result
    }
}
