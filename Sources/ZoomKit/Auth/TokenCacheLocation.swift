/// Where Server-to-Server OAuth tokens are cached on disk: a directory and the profile name.
///
/// One file per profile, account, client and OAuth URL lives in the directory (mode 0700);
/// each file has mode 0600 and is replaced atomically.
public struct TokenCacheLocation: Sendable, Hashable {
    /// The directory of the cache files (`~/.cache/zoomsh`).
    public var directory: String
    /// The profile whose tokens these are (`default` when none was chosen).
    public var profile: String

    /// A cache location.
    public init(directory: String, profile: String = "default") {
        self.directory = directory
        self.profile = profile
    }

    /// `$XDG_CACHE_HOME/zoomsh`, else `$HOME/.cache/zoomsh`; nil when neither variable is set.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return xdg.removingTrailingSlashes + "/zoomsh"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home.removingTrailingSlashes + "/.cache/zoomsh"
        }
        return nil
    }

    /// The default location for `profile`, or nil when no cache directory can be found.
    public static func standard(profile: String = "default", environment: [String: String]) -> TokenCacheLocation? {
        defaultDirectory(environment: environment).map { TokenCacheLocation(directory: $0, profile: profile) }
    }
}

extension String {
    var removingTrailingSlashes: String {
        var text = self
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
