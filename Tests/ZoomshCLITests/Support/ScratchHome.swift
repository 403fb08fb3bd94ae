import Foundation

/// A temporary HOME with its own XDG config, cache and state directories, removed by the
/// system's temporary-file cleanup (tests may call `remove()`).
struct ScratchHome: Sendable {
    /// The temporary directory (also the working directory of runs).
    let root: URL

    /// Creates a fresh directory under the system's temporary directory.
    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "zoomsh-e2e-\(UUID().uuidString.prefix(12))")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base
        for directory in [home, configHome, cacheHome, stateHome] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    var home: URL { root.appendingPathComponent("home") }
    var configHome: URL { root.appendingPathComponent("config") }
    var cacheHome: URL { root.appendingPathComponent("cache") }
    var stateHome: URL { root.appendingPathComponent("state") }
    /// `$XDG_CONFIG_HOME/zoomsh/config.toml`.
    var configFile: URL { configHome.appendingPathComponent("zoomsh/config.toml") }
    /// `$XDG_CACHE_HOME/zoomsh`: cached OAuth tokens.
    var tokenCache: URL { cacheHome.appendingPathComponent("zoomsh") }

    /// The process environment without anything that could point zoomsh elsewhere (ZOOM_*,
    /// ZOOMSH_*, XDG_*, proxies), with this home's directories.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("ZOOM_") && !key.hasPrefix("ZOOMSH_") && !key.hasPrefix("XDG_")
                && !key.lowercased().hasSuffix("_proxy") && key != "NO_COLOR" && key != "TZ"
        }
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = configHome.path
        environment["XDG_CACHE_HOME"] = cacheHome.path
        environment["XDG_STATE_HOME"] = stateHome.path
        environment["TERM"] = "dumb"
        return environment
    }

    /// Writes the config file with `mode`.
    @discardableResult
    func writeConfig(_ text: String, mode: Int = 0o600) throws -> URL {
        try write(text, to: configFile, mode: mode)
    }

    /// Writes `text` to `name` under the root with `mode`.
    @discardableResult
    func writeFile(_ name: String, _ text: String, mode: Int = 0o644) throws -> URL {
        try write(text, to: root.appendingPathComponent(name), mode: mode)
    }

    private func write(_ text: String, to url: URL, mode: Int) throws -> URL {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        // Explicitly, so the process umask cannot change what the test means.
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        return url
    }

    /// Removes the directory.
    func remove() { try? FileManager.default.removeItem(at: root) }
}
