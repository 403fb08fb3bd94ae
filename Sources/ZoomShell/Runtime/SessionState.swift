import Foundation
import ZoomKit

/// What a session holds between commands.
struct SessionState: Sendable {
    /// The meeting being built.
    var draft = MeetingDraft()
    /// The user meetings are created for and listed of.
    var host: String
    /// Variables set with `let`.
    var variables: [String: JSONValue] = [:]
    /// The result of the last command that had one.
    var last: JSONValue?
    /// 0 when the last command succeeded, 1 when it failed.
    var status: Int64 = 0
    /// How many commands have failed in the script being run (nested `source`s included).
    var failedCommands = 0
    /// How results print.
    var outputMode: OutputMode
    /// Print requests instead of sending them.
    var dryRun: Bool
    /// Stop a script at the first error (`on-error stop`) or go on.
    var stopOnError: Bool
    /// Meeting ids seen in this session, with their topics (for completion).
    var seenMeetings: [Int64: String] = [:]
    /// The credentials in use.
    var credentials: ZoomCredentials?
    /// The API base URL given explicitly, if any.
    var apiURL: String?
    /// The OAuth token URL.
    var oauthURL: String
    /// The active profile's name.
    var profileName: String?
    /// The profile's default time zone.
    var profileTimeZone: TimeZone?
    /// The Zoom user's time zone, once known.
    var userTimeZone: TimeZone?
    /// Whether looking up the Zoom user's time zone failed (it is not asked again).
    var userTimeZoneLookupFailed = false
    /// The last request, redacted, for `curl`.
    var lastRequest: HTTPRequestData?
    /// The arguments of the scripts being run, innermost last (`$1`…).
    var argumentStack: [[String]] = []

    init(configuration: ShellConfiguration) {
        host = configuration.host
        outputMode = configuration.outputMode
        dryRun = configuration.dryRun
        stopOnError = !configuration.continueOnError
        credentials = configuration.credentials
        apiURL = configuration.apiURL
        oauthURL = configuration.oauthURL
        profileName = configuration.profileName
        profileTimeZone = configuration.defaultTimeZone
    }

    /// The arguments of the innermost script.
    var arguments: [String] { argumentStack.last ?? [] }
}
