import Foundation
import ZoomKit
import ZoomModels

struct DeleteMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "delete", group: "Zoom", summary: "delete a meeting or one of its occurrences",
        examples: ["delete 85746065432", "delete 85746065432 --occurrence 1764583200000"],
        options: [occurrence, notify, notifyRegistrants, CommonOptions.dryRun], arguments: [CommonArguments.meetingID])

    static let occurrence = OptionSpec.value("occurrence", "OCCURRENCE_ID", help: "delete this occurrence only")
    static let notify = OptionSpec.flag(
        "notify", help: "email the host and alternative hosts about the cancellation")
    static let notifyRegistrants = OptionSpec.flag(
        "notify-registrants", help: "email the registrants about the cancellation")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runDelete(command)
    }
}

extension Shell {
    func runDelete(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let occurrence = try option(command, DeleteMeeting.occurrence)
        let request = ZoomRequest.deleteMeeting(
            id: id, occurrenceID: occurrence, scheduleForReminder: command.hasOption(DeleteMeeting.notify) ? true : nil,
            cancelMeetingReminder: command.hasOption(DeleteMeeting.notifyRegistrants) ? true : nil)
        guard try await send(request, command: command) != nil else { return dryRunResult(request) }
        state.seen.meetings[id] = occurrence == nil ? nil : state.seen.meetings[id]
        let what = occurrence.map { "occurrence \($0) of meeting \(id)" } ?? "meeting \(id)"
        var value: JSONValue = ["deleted": true, "id": .int(id)]
        if let occurrence { value["occurrence_id"] = .string(occurrence) }
        return CommandResult(value: value, presentation: .text("deleted \(what)"))
    }
}
