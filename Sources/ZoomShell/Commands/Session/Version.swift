import Foundation
import ZoomKit

struct Version: ShellCommand {
    static let spec = CommandSpec(
        name: "version", group: "Shell", summary: "print zoomsh's version", examples: ["version"])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        CommandResult(text: "zoomsh \(ZoomKit.version)", value: .string(ZoomKit.version))
    }
}
