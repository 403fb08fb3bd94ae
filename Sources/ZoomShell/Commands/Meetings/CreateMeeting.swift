import Foundation
import ZoomKit
import ZoomModels

struct CreateMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "create", group: "Zoom", summary: "create a meeting from the draft",
        examples: ["create", "create --dry-run"],
        options: [CommonOptions.dryRun, host])

    static let host = CommonOptions.host(help: "create it for this user instead of the session's host")

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runCreate(command)
    }
}

extension Shell {
    func runCreate(_ command: Command) async throws -> CommandResult {
        let host = try option(command, CreateMeeting.host) ?? state.host
        let zone = await settledZone(for: command)
        let errors = draftIssues(for: .create, zone: zone).errors
        if !errors.isEmpty {
            throw CommandError.failed(
                "not sent: the draft has \(errors.count) problem\(errors.count == 1 ? "" : "s") "
                    + "(the draft is kept; fix with set/unset):\n" + errors.map(\.description).joined(separator: "\n"))
        }
        let body = requestDraft(for: .create, zone: zone).requestBody(for: .create).json
        let request = try ZoomRequest.createMeeting(userID: host, body: body)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        var result = meetingResult(meeting, headline: "created")
        result.note = state.draftStart(in: zone)?.note.map { "note: \($0)" }
        return result
    }
}
