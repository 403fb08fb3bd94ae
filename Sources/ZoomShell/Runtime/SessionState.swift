import Foundation
import ZoomKit
import ZoomModels

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
    /// Whether the fall-back to the system's zone has been reported on standard error.
    var reportedSystemZone = false
    /// The machine's zone (the last resort for a meeting's zone, and the "local" column).
    let systemTimeZone: TimeZone
    /// The day of `until DAY`: `recurrence.end_date_time` is the last second of that day in the
    /// meeting's zone, worked out when the body is built so that it follows later zone changes.
    var untilDay: CivilDate?
    /// The zone the draft's wall times were read in when the draft names none (the profile's,
    /// the Zoom user's or the system's), kept so that `show` and `create` agree.
    var impliedZone: MeetingZone?
    /// The create-only values `load` copied, by path: `update` leaves them out while unchanged.
    var loadedCreateOnly: [String: JSONValue] = [:]
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
        systemTimeZone = configuration.localTimeZone
    }

    /// The arguments of the innermost script.
    var arguments: [String] { argumentStack.last ?? [] }
}
