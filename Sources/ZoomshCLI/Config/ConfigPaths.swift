import Foundation

/// Where zoomsh keeps its files, after the XDG base directory rules.
public struct ConfigPaths: Sendable, Hashable {
    /// `$XDG_CONFIG_HOME/zoomsh` (default `~/.config/zoomsh`).
    public var configDirectory: String
    /// `$XDG_CACHE_HOME/zoomsh` (default `~/.cache/zoomsh`): cached OAuth tokens.
    public var cacheDirectory: String
    /// `$XDG_STATE_HOME/zoomsh` (default `~/.local/state/zoomsh`): history.
    public var stateDirectory: String

    /// The paths for an environment.
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return home + "/" + fallback
        }
        configDirectory = base("XDG_CONFIG_HOME", ".config") + "/zoomsh"
        cacheDirectory = base("XDG_CACHE_HOME", ".cache") + "/zoomsh"
        stateDirectory = base("XDG_STATE_HOME", ".local/state") + "/zoomsh"
    }

    /// `config.toml` in the config directory.
    public var configFile: String { configDirectory + "/config.toml" }
    /// `history` in the state directory.
    public var historyFile: String { stateDirectory + "/history" }
}
