import Foundation
import ZoomKit

struct InviteMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "invite", group: "Zoom", summary: "print a meeting's invitation", examples: ["invite 85746065432"],
        options: [CommonOptions.dryRun], arguments: [CommonArguments.meetingID])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runInvite(command)
    }
}

extension Shell {
    func runInvite(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.meetingInvitation(id: id)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let value = try response.json() ?? .null
        // Zoom writes the invitation with CRLF line ends: print it with the platform's.
        let text = (value["invitation"]?.plainText ?? value.prettyText).replacingOccurrences(of: "\r\n", with: "\n")
        return CommandResult(value: value, presentation: .text(text))
    }
}
