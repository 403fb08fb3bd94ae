import Foundation
import ZoomKit

struct Curl: ShellCommand {
    static let spec = CommandSpec(
        name: "curl", group: "Output", summary: "print the last request as a curl command (token as $ZOOM_TOKEN)",
        examples: ["curl"])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try shell.runCurl()
    }
}

extension Shell {
    func runCurl() throws -> CommandResult {
        guard let request = state.seen.lastRequest else {
            throw CommandError.usage("curl: no request was made yet in this session")
        }
        let text = CurlCommand.render(request)
        return CommandResult(value: .string(text), presentation: .text(text), setsLast: false)
    }
}
