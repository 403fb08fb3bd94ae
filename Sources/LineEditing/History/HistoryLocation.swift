import Foundation

/// Where the history file lives.
public enum HistoryLocation {
    /// `$XDG_STATE_HOME/<application>/history` when `XDG_STATE_HOME` is an absolute path, else
    /// `$HOME/.local/state/<application>/history` (the home directory from the password database when
    /// `HOME` is unset); `nil` when no home directory is known.
    public static func defaultFilePath(
        application: String = "zoomsh",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return join(state, application, "history")
        }
        guard let home = homeDirectory(environment: environment) else { return nil }
        return join(home, ".local/state", application, "history")
    }

    /// `path` with a leading `~` or `~/` replaced by the home directory; other paths unchanged.
    public static func expandingTilde(
        _ path: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = homeDirectory(environment: environment) else {
            return path
        }
        return path == "~" ? home : join(home, String(path.dropFirst(2)))
    }

    /// `$HOME` when set and not empty, else the current user's home directory from the password database.
    public static func homeDirectory(environment: [String: String]) -> String? {
        if let home = environment["HOME"], !home.isEmpty { return home }
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }

    private static func join(_ parts: String...) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if result.isEmpty {
                result = part
            } else {
                result =
                    (result.hasSuffix("/") ? String(result.dropLast()) : result) + "/"
                    + (part.hasPrefix("/") ? String(part.dropFirst()) : part)
            }
        }
        return result
    }
}
