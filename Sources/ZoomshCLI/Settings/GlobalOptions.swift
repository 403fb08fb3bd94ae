import ArgumentParser
import ZoomShell

/// The flags every way of running zoomsh shares.
public struct GlobalOptions: ParsableArguments, Sendable {
    @Flag(name: .long, help: "Run against the built-in offline Zoom sandbox (no account needed; nothing is real).")
    public var sandbox = false

    @Option(
        name: .long, help: "The profile of config.toml to use.", completion: .custom(ShellCompletions.profiles))
    public var profile: String?

    @Option(
        name: .customLong("api-url"), help: "Zoom's API base URL (default https://api.zoom.us/v2; env ZOOM_API_URL).")
    public var apiURL: String?

    @Option(
        name: .customLong("oauth-url"),
        help: "The OAuth token URL (default https://zoom.us/oauth/token; env ZOOM_OAUTH_URL).")
    public var oauthURL: String?

    @Option(
        name: .long, help: "How results print: table, json or plain (default: table on a terminal, json otherwise).",
        completion: .list(OutputMode.allCases.map(\.rawValue)))
    public var output: String?

    @Flag(name: .long, help: "Print results as JSON (same as --output json).")
    public var json = false

    @Flag(name: .customLong("dry-run"), help: "Print requests instead of sending them.")
    public var dryRun = false

    @Flag(name: .customLong("continue-on-error"), help: "Go on after a failed command in scripts (on-error continue).")
    public var continueOnError = false

    @Flag(name: .long, help: "Print HTTP requests and responses on standard error, secrets redacted.")
    public var trace = false

    public init() {}

    /// Refuses values no session can use (exit code 2: nothing was sent).
    public func validate() throws {
        if let output {
            if let problem = SettingChecks.outputProblem(output) { throw ValidationError("--output \(problem)") }
            if json, SettingChecks.outputMode(output) != .json {
                throw ValidationError("--json and --output \(output) disagree; give one of them")
            }
        }
        for (flag, value) in [("--api-url", apiURL), ("--oauth-url", oauthURL)] {
            guard let value else { continue }
            if sandbox { throw ValidationError("\(flag) does not go with --sandbox, which serves its own URLs") }
            if let problem = SettingChecks.urlProblem(value) { throw ValidationError("\(flag) \(problem)") }
        }
        if sandbox, let profile {
            throw ValidationError(
                "--profile \(profile) does not go with --sandbox, which has its own credentials; give one of them")
        }
    }
}
