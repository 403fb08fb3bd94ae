import Foundation
import TestSupport

/// A temporary HOME with its own XDG config, cache, state and data directories, in a
/// ``TemporaryDirectory`` (removed when the last copy is released, or by `remove()`). It outlives
/// the processes that use it, so that a second run finds what the first one left (a cached
/// token, the history).
struct ScratchHome: Sendable {
    private let directory: TemporaryDirectory

    /// Creates a fresh directory under the system's temporary directory.
    init() throws {
        directory = try TemporaryDirectory(prefix: "zoomsh-e2e")
        for directory in [home, configHome, cacheHome, stateHome] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    /// The temporary directory (also the working directory of runs).
    var root: URL { directory.url }
    var home: URL { root.appendingPathComponent("home") }
    var configHome: URL { root.appendingPathComponent("config") }
    var cacheHome: URL { root.appendingPathComponent("cache") }
    var stateHome: URL { root.appendingPathComponent("state") }
    var dataHome: URL { root.appendingPathComponent("data") }
    /// `$XDG_CONFIG_HOME/zoomsh/config.toml`.
    var configFile: URL { configHome.appendingPathComponent("zoomsh/config.toml") }
    /// `$XDG_CACHE_HOME/zoomsh`: cached OAuth tokens.
    var tokenCache: URL { cacheHome.appendingPathComponent("zoomsh") }
    /// `$XDG_STATE_HOME/zoomsh/history`: the REPL's history.
    var historyFile: URL { stateHome.appendingPathComponent("zoomsh/history") }

    /// HOME and the XDG variables pointing here, nothing else (what a pty session gets on top of
    /// its harness's minimal environment, see ``ZoomshTerminal/start(_:environment:)``).
    var directories: [String: String] {
        [
            "HOME": home.path,
            "XDG_CONFIG_HOME": configHome.path,
            "XDG_CACHE_HOME": cacheHome.path,
            "XDG_STATE_HOME": stateHome.path,
            "XDG_DATA_HOME": dataHome.path,
        ]
    }

    /// The process environment without anything that could point zoomsh elsewhere (ZOOM_*,
    /// ZOOMSH_*, XDG_*, proxies), with this home's directories.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("ZOOM_") && !key.hasPrefix("ZOOMSH_") && !key.hasPrefix("XDG_")
                && !key.lowercased().hasSuffix("_proxy") && key != "NO_COLOR" && key != "TZ"
        }
        environment.merge(directories) { _, new in new }
        environment["TERM"] = "dumb"
        return environment
    }

    /// Writes the config file with `mode`.
    @discardableResult
    func writeConfig(_ text: String, mode: Int = 0o600) throws -> URL {
        URL(fileURLWithPath: try directory.write("config/zoomsh/config.toml", text, mode: mode))
    }

    /// Writes `text` to `name` under the root with `mode`.
    @discardableResult
    func writeFile(_ name: String, _ text: String, mode: Int = 0o644) throws -> URL {
        URL(fileURLWithPath: try directory.write(name, text, mode: mode))
    }

    /// Removes the directory.
    func remove() { directory.remove() }
}
