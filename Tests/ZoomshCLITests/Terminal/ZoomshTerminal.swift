import Foundation
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

/// A HOME with its own XDG directories that outlives one process, so that a second session finds
/// what the first one left (the history). Removed by ``remove()``.
struct TerminalHome: Sendable {
    /// The temporary directory holding everything.
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("zoomsh-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    var home: URL { root.appendingPathComponent("home") }
    var stateHome: URL { root.appendingPathComponent("state") }
    /// `$XDG_STATE_HOME/zoomsh/history`.
    var historyFile: URL { stateHome.appendingPathComponent("zoomsh/history") }

    /// HOME and the XDG variables pointing here (given to ``ZoomshTerminal/start(_:environment:)``).
    var environment: [String: String] {
        [
            "HOME": home.path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_STATE_HOME": stateHome.path,
            "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
        ]
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
