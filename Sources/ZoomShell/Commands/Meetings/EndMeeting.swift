import Foundation
import ZoomKit

struct EndMeeting: ShellCommand {
    static let spec = CommandSpec(
        name: "end", group: "Zoom", summary: "end a meeting that is running", examples: ["end 85746065432"],
        options: [CommonOptions.dryRun], arguments: [CommonArguments.meetingID])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runEnd(command)
    }
}

extension Shell {
    func runEnd(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.updateMeetingStatus(id: id, action: .end)
        guard try await send(request, command: command) != nil else { return dryRunResult(request) }
        return CommandResult(value: ["ended": true, "id": .int(id)], presentation: .text("ended meeting \(id)"))
    }
}
