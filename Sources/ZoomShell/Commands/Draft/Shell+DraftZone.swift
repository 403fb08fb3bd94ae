import Foundation
import ZoomKit
import ZoomModels

/// The meeting's zone: which zone the draft's wall times are read in, learning the Zoom user's
/// zone when it matters, and the checks that depend on the zone.
extension Shell {
    /// The zone a wall time typed now is read in: the draft's, the one its times were read in,
    /// else the profile's, the Zoom user's (looked up once) or the system's.
    func readingZone(for command: Command) async -> MeetingZone {
        if state.draft.fields.value(at: "timezone") == nil, state.draft.impliedZone == nil {
            await learnUserTimeZone(for: command)
        }
        return state.meetingZone
    }

    /// The meeting's zone, settled: when the draft has wall times but names no zone, the zone
    /// they are read in is fixed now (after looking up the Zoom user's), so that later commands
    /// (`whoami`, `profile`) do not move the meeting between `show` and `create`.
    func settledZone(for command: Command) async -> MeetingZone {
        if state.draft.fields.value(at: "timezone") == nil, state.draft.impliedZone == nil, state.draftDependsOnZone {
            await learnUserTimeZone(for: command)
        }
        pinImpliedZone()
        return state.meetingZone
    }

    /// Keeps the default zone as the draft's implied zone when its wall times need one.
    func pinImpliedZone() {
        guard state.draft.fields.value(at: "timezone") == nil, state.draft.impliedZone == nil, state.draftDependsOnZone
        else {
            return
        }
        state.draft.impliedZone = state.defaultZone
    }

    /// Forgets the implied zone once nothing in the draft is read in it.
    func releaseUnusedImpliedZone() {
        if !state.draftDependsOnZone { state.draft.impliedZone = nil }
    }

    /// Looks up the host user's time zone once, when neither the draft nor the profile names a
    /// zone: DESIGN's order is the draft's, the profile's, the Zoom user's, then the system's.
    /// The lookup is a read (`GET /users/{host}`), so it is made in dry-run too: a dry run shows
    /// the body a real run sends. Without credentials, or when the lookup fails, the system's
    /// zone is used and standard error says so once.
    func learnUserTimeZone(for command: Command) async {
        guard state.zones.user == nil, !state.zones.userLookupFailed, state.zones.profile == nil else { return }
        guard state.account.credentials != nil else {
            reportSystemZone(because: "there are no credentials to read the Zoom user's time zone")
            return
        }
        do {
            let client = try zoom()
            let user = try await client.send(try ZoomRequest.getUser(state.host))
            let zone = try User(json: try user.json() ?? .null).timezone.flatMap(TimeZoneNames.zone(named:))
            state.zones.user = zone
            state.zones.userLookupFailed = zone == nil
            if zone == nil { reportSystemZone(because: "the Zoom user \(state.host) has no time zone") }
        } catch {
            state.zones.userLookupFailed = true
            let reason = commandError(from: error).message.split(separator: "\n").first.map(String.init) ?? ""
            reportSystemZone(because: "the Zoom user's time zone could not be read (\(reason))")
        }
    }

    /// One line on standard error: the system's zone stands in for the Zoom user's.
    func reportSystemZone(because reason: String) {
        guard !state.zones.reportedSystem else { return }
        state.zones.reportedSystem = true
        let name = TimeZoneNames.zoomName(of: configuration.localTimeZone)
        output.write(
            "note: \(reason): times are read in the system's zone, \(name) ('set tz ZONE' to choose)\n",
            to: .standardError)
    }

    /// The zone an update sends a wall-time start (or an `until` day) in when the draft names
    /// none: the meeting's own, read with `GET /meetings/{id}` (a read, so in dry-run too).
    /// When it cannot be read in a dry run, the draft's zone stands in and a warning says so.
    func updateZone(meetingID id: Int64, command: Command) async throws -> (zone: MeetingZone, warning: String?) {
        guard state.draft.fields.value(at: "timezone") == nil, state.draftDependsOnZone else {
            return (state.meetingZone, nil)
        }
        let fallback = await settledZone(for: command)
        do {
            let meeting = try await zoom().meeting(id: id)
            if let name = meeting.timezone, let zone = TimeZoneNames.zone(named: name) {
                return (MeetingZone(zone, source: .meeting, name: name), nil)
            }
            return (fallback, "meeting \(id) has no timezone: the start is sent in \(fallback.name)")
        } catch {
            guard state.modes.dryRun || command.hasOption(CommonOptions.dryRun) else { throw error }
            let reason = commandError(from: error).message.split(separator: "\n").first.map(String.init) ?? ""
            return (
                fallback,
                "meeting \(id)'s timezone could not be read (\(reason)): the start is shown in \(fallback.name)"
            )
        }
    }

    /// The draft as `operation` sends it with `zone` as the meeting's. For an update, the
    /// create-only values `load` copied are left out while unchanged (they are the meeting's own).
    func requestDraft(for operation: MeetingOperation, zone: MeetingZone) -> MeetingDraft {
        var draft = state.sendableDraft(in: zone)
        if operation == .update {
            for (path, value) in state.draft.loadedCreateOnly where draft.value(at: path) == value {
                _ = try? draft.unset(path)
            }
        }
        return draft
    }

    /// Every problem of the draft for `operation`: ZoomKit's offline validation, fields the
    /// operation would leave out, a start that does not exist (or happens twice) in `zone`, and
    /// a start in the past.
    func draftIssues(for operation: MeetingOperation, zone: MeetingZone) -> [MeetingValidationIssue] {
        let draft = requestDraft(for: operation, zone: zone)
        var issues = draft.validate(for: operation)
        for path in draft.requestBody(for: operation).omitted {
            let other: MeetingOperation = operation == .create ? .update : .create
            let message =
                "only applies to \(other.rawValue) (\(other.requestDescription)): \(operation.rawValue) would leave it out; "
                + (operation == .create ? "unset it, or send it with update once the meeting exists" : "unset it")
            issues.append(MeetingValidationIssue(path: path, message: message))
        }
        if let start = state.draftStart(in: zone) {
            if let problem = start.problem {
                issues.append(MeetingValidationIssue(path: "start_time", message: problem))
            } else if let note = start.note {
                issues.append(MeetingValidationIssue(path: "start_time", message: note, severity: .warning))
            }
            if start.problem == nil, start.instant < configuration.now() {
                issues.append(
                    MeetingValidationIssue(
                        path: "start_time", message: "is in the past: Zoom would start the meeting now",
                        severity: .warning))
            }
        }
        return issues
    }
}
