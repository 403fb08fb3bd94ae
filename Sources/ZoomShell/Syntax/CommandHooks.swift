/// What commands add to the parser beyond their specs, by full command name (`set`, `auth s2s`).
struct CommandHooks: Sendable {
    /// Extra static checks, run after the spec's; they report through the checker.
    var checks: [String: @Sendable (Command, inout CommandChecker) -> Void] = [:]
    /// Whether a command's words (its name first) carry a secret the spec's flags cannot see.
    var secretProbes: [String: @Sendable ([String]) -> Bool] = [:]
}
