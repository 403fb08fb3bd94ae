import Foundation
import ZoomKit
import ZoomModels

/// What a session holds between commands, grouped by concern so that a command reaches for
/// the part it needs: the draft, the script's variables, the output modes, the account, the
/// time zones learnt, and what the session has seen.
struct SessionState: Sendable {
    /// The meeting being built, and what goes with it.
    var draft = DraftState()
    /// The user meetings are created for and listed of.
    var host: String
    /// Variables, `$last`, `$status`, the script arguments, `on-error`.
    var script: ScriptState
    /// How results print, and whether requests are only printed.
    var modes: SessionModes
    /// Who the session authenticates as, and where it connects.
    var account: AccountSettings
    /// The time zones known: the profile's, the Zoom user's, the machine's.
    var zones: ZoneKnowledge
    /// What the session has seen: meetings (for completion) and the last request (for `curl`).
    var seen = SessionMemory()

    init(configuration: ShellConfiguration) {
        host = configuration.host
        script = ScriptState(stopOnError: !configuration.continueOnError)
        modes = SessionModes(output: configuration.outputMode, dryRun: configuration.dryRun)
        account = AccountSettings(
            credentials: configuration.credentials, apiURL: configuration.apiURL, oauthURL: configuration.oauthURL,
            profileName: configuration.profileName)
        zones = ZoneKnowledge(profile: configuration.defaultTimeZone, system: configuration.localTimeZone)
    }
}

/// The meeting being built, and what `set`, `load` and the zone rules keep beside it.
struct DraftState: Sendable {
    /// The draft's fields.
    var fields = MeetingDraft()
    /// The day of `until DAY`: `recurrence.end_date_time` is the last second of that day in the
    /// meeting's zone, worked out when the body is built so that it follows later zone changes.
    var untilDay: CivilDate?
    /// The zone the draft's wall times were read in when the draft names none (the profile's,
    /// the Zoom user's or the system's), kept so that `show` and `create` agree.
    var impliedZone: MeetingZone?
    /// The create-only values `load` copied, by path: `update` leaves them out while unchanged.
    var loadedCreateOnly: [String: JSONValue] = [:]
}

/// What scripts read and change: variables, the last result, the status, the arguments.
struct ScriptState: Sendable {
    /// Variables set with `let`.
    var variables: [String: JSONValue] = [:]
    /// The result of the last command that had one.
    var last: JSONValue?
    /// 0 when the last command succeeded, 1 when it failed.
    var status: Int64 = 0
    /// How many commands have failed in the script being run (nested `source`s included).
    var failedCommands = 0
    /// Stop a script at the first error (`on-error stop`) or go on.
    var stopOnError: Bool
    /// The arguments of the scripts being run, innermost last (`$1`…).
    var argumentStack: [[String]] = []

    /// The arguments of the innermost script.
    var arguments: [String] { argumentStack.last ?? [] }
}

/// How results print, and whether requests are sent.
struct SessionModes: Sendable {
    /// How results print.
    var output: OutputMode
    /// Print requests instead of sending them.
    var dryRun: Bool
}

/// Who the session authenticates as, and where it connects.
struct AccountSettings: Sendable {
    /// The credentials in use.
    var credentials: ZoomCredentials?
    /// The API base URL given explicitly, if any.
    var apiURL: String?
    /// The OAuth token URL.
    var oauthURL: String
    /// The active profile's name.
    var profileName: String?
}

/// The time zones the session knows, in the order a meeting's zone falls back on them.
struct ZoneKnowledge: Sendable {
    /// The profile's default time zone.
    var profile: TimeZone?
    /// The Zoom user's time zone, once known.
    var user: TimeZone?
    /// Whether looking up the Zoom user's time zone failed (it is not asked again).
    var userLookupFailed = false
    /// Whether the fall-back to the system's zone has been reported on standard error.
    var reportedSystem = false
    /// The machine's zone (the last resort for a meeting's zone, and the "local" column).
    let system: TimeZone

    init(profile: TimeZone?, system: TimeZone) {
        self.profile = profile
        self.system = system
    }
}

/// What the session has seen.
struct SessionMemory: Sendable {
    /// Meeting ids seen in this session, with their topics (for completion).
    var meetings: [Int64: String] = [:]
    /// The last request, redacted, for `curl`.
    var lastRequest: HTTPRequestData?
}
