import Foundation
import TestSupport
import ZoomKit

/// Starting the real `zoomsh` on a pseudo-terminal, and what its REPL shows.
enum ZoomshTerminal {
    /// The prompt of a `--sandbox` session.
    static let sandboxPrompt = "zoomsh[sandbox]> "
    /// The prompt of a session without a profile.
    static let plainPrompt = "zoomsh> "
    /// What `version` prints.
    static let versionLine = "zoomsh \(ZoomKit.version)\n"

    /// Starts the built `zoomsh` with `arguments` on a 100 × 30 terminal, in the harness's minimal
    /// environment plus `environment` (see ``PTYProcess``).
    static func start(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> PTYProcess {
        try PTYProcess(executable: try BinaryLocation.zoomsh(), arguments: arguments, environment: environment)
    }
}
