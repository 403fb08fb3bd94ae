import Foundation
import ZoomKit
import ZoomModels

struct GetMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "get", group: "Zoom", summary: "show a meeting", examples: ["get 85746065432"],
        options: [occurrence, previous, CommonOptions.dryRun], arguments: [CommonArguments.meetingID])

    static let occurrence = OptionSpec.value(
        "occurrence", "OCCURRENCE_ID", help: "one occurrence of a recurring meeting")
    static let previous = OptionSpec.flag("previous", help: "include past occurrences")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runGet(command)
    }
}

extension Shell {
    func runGet(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.getMeeting(
            id: id, occurrenceID: try option(command, GetMeeting.occurrence),
            showPreviousOccurrences: command.hasOption(GetMeeting.previous) ? true : nil)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        return meetingResult(meeting, headline: nil)
    }
}
