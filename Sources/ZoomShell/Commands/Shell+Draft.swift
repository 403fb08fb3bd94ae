import Foundation
import ZoomKit
import ZoomModels

extension Shell {
    /// `set FIELD VALUE…`. Atomic: when it fails the draft is exactly as before.
    func runSet(_ command: Command) async throws -> CommandResult {
        try await keepingDraftOnFailure { try await applySet(command) }
    }

    private func applySet(_ command: Command) async throws -> CommandResult {
        let words = try texts(command.arguments)
        let name = words[0]
        let valueText = words.dropFirst().joined(separator: " ")
        defer { releaseUnusedImpliedZone() }
        switch name {
        case "host":
            state.host = valueText
            state.userTimeZone = nil
            state.userTimeZoneLookupFailed = false
            state.reportedSystemZone = false
            return .quiet(note: "host = \(valueText) (meetings are created for this user)")
        case "start", "start_time":
            return try await setStart(valueText, command: command)
        case "recurrence":
            return try await setRecurrence(valueText, command: command)
        case "timezone", "tz":
            return try setTimeZone(valueText)
        case "duration":
            // The shell's reader takes every form people type (`1:30`, `1.5h`, `90min`…); the
            // draft then checks the range.
            let minutes: Int
            do {
                minutes = try DurationParser.minutes(valueText)
            } catch let error as ValueError {
                throw CommandError.usage("duration: \(error.message)")
            }
            let path = try state.draft.set("duration", text: String(minutes))
            return .quiet(note: "\(path) = \(minutes)")
        case "recurrence.end_date_time", "until":
            return try await setUntil(valueText, command: command)
        default:
            guard let field = state.draft.catalog.field(name) else {
                let names =
                    state.draft.catalog.allPaths + Array(state.draft.catalog.aliases.keys) + ["host", "recurrence"]
                let hint = DidYouMean.hint(for: name, among: names)
                throw CommandError.usage(
                    "unknown field '\(name)'\(hint) ('help fields' lists the fields, \"set settings.<TAB>\" the settings)"
                )
            }
            let path = try state.draft.set(name, text: valueText)
            let shown = state.draft.value(at: path).map { value in
                value.stringValue == nil ? describe(value, at: path) : value.compactText
            }
            var result = CommandResult.quiet(note: "\(path) = \(shown ?? valueText)")
            if field.isCreateOnly || field.isUpdateOnly {
                result.warnings.append(
                    Self.singleOperationMessage(path, onlyFor: field.isCreateOnly ? .create : .update))
            }
            return result
        }
    }

    /// `settings.enforce_login only applies to update …`: for a field one operation leaves out.
    static func singleOperationMessage(_ path: String, onlyFor operation: MeetingOperation) -> String {
        switch operation {
        case .create:
            "\(path) only applies to create (POST /users/{userId}/meetings): update refuses a draft holding it"
        case .update:
            "\(path) only applies to update (PATCH /meetings/{meetingId}): create refuses a draft holding it"
        }
    }

    func setStart(_ text: String, command: Command) async throws -> CommandResult {
        let zone = await readingZone(for: command)
        let start = try MeetingTime.parse(text, timeZone: zone.zone, now: configuration.now())
        if start.zoneWasGiven {
            try state.draft.set("timezone", value: .string(TimeZoneNames.zoomName(of: start.timeZone)))
        }
        try state.draft.set("start_time", value: .string(start.requestValue))
        pinImpliedZone()
        let remark = start.note.map { "\n  note: \($0)" } ?? ""
        return .quiet(note: "start_time = \(start.requestValue)" + startEcho() + remark)
    }

    func setRecurrence(_ text: String, command: Command) async throws -> CommandResult {
        // Only `until DAY` depends on the zone (the end of that day there).
        let zone = text.lowercased().contains("until") ? await readingZone(for: command) : state.meetingZone
        var rule = try RecurrenceRule.parse(text, timeZone: zone.zone, now: configuration.now())
        var untilDay: CivilDate?
        if case .until(let day) = rule.end {
            untilDay = day
            rule.end = nil
        }
        var note = ""
        if state.draft.value(at: "type") == nil {
            try state.draft.set("type", value: .int(8))
            note = "type = recurring-fixed (8)\n"
        }
        try state.draft.set("recurrence", value: rule.json(timeZone: zone.zone))
        state.untilDay = untilDay
        pinImpliedZone()
        let shown = state.derivedDraft(in: state.meetingZone).value(at: "recurrence") ?? .null
        return .quiet(note: note + "recurrence = \(shown.compactText)")
    }

    func setTimeZone(_ text: String) throws -> CommandResult {
        let name = try TimeZoneNames.resolveName(text).name
        try state.draft.set("timezone", value: .string(name))
        var result = CommandResult.quiet(note: "timezone = \(name)" + startEcho())
        if let problem = state.draftStart(in: state.meetingZone)?.problem {
            result.warnings.append("start_time: \(problem) (create refuses it: set start again)")
        }
        return result
    }

    /// `set until DAY` (kept as a day: its end follows the meeting's zone) or `set until …Z`.
    func setUntil(_ text: String, command: Command) async throws -> CommandResult {
        let zone = await readingZone(for: command)
        switch try RecurrenceSyntax.end(text, timeZone: zone.zone, now: configuration.now()) {
        case .until(let day):
            try state.draft.unset("recurrence.end_date_time")
            state.untilDay = day
            pinImpliedZone()
        case .untilInstant(let instant):
            try state.draft.set("recurrence.end_date_time", value: .string(ZoomDateTime.utcString(instant)))
            state.untilDay = nil
        case .times(let count):
            throw ValueError("'until' needs a date, got \(count)")
        }
        let end = state.derivedDraft(in: state.meetingZone).value(at: "recurrence.end_date_time")?.plainText ?? ""
        let day = state.untilDay.map { " (the end of \($0) in \(state.meetingZone.name))" } ?? ""
        return .quiet(note: "recurrence.end_date_time = \(end)\(day)")
    }

    /// ` → 2026-12-01 10:00 CET …` for the draft's start, or "".
    func startEcho() -> String {
        guard let start = state.draftStart(in: state.meetingZone) else { return "" }
        if let problem = start.problem { return "\n  start: \(problem)" }
        return "\n  start: "
            + TimeDisplay.threeZones(start.instant, meeting: start.zone.zone, local: configuration.localTimeZone)
    }

    /// `unset FIELD…`. Atomic: when a name is wrong nothing is removed.
    func runUnset(_ command: Command) throws -> CommandResult {
        let saved = draftSnapshot
        do {
            defer { releaseUnusedImpliedZone() }
            var removed: [String] = []
            for name in try texts(command.arguments) {
                if name == "host" {
                    state.host = configuration.host
                    removed.append("host")
                    continue
                }
                guard let field = state.draft.catalog.field(name) else {
                    let hint = DidYouMean.hint(for: name, among: state.draft.setPaths)
                    throw CommandError.usage("unknown field '\(name)'\(hint)")
                }
                var wasSet = try state.draft.unset(name)
                if ["recurrence", "recurrence.end_date_time"].contains(field.path), state.untilDay != nil {
                    state.untilDay = nil
                    wasSet = true
                }
                if wasSet { removed.append(field.path) }
            }
            return .quiet(note: removed.isEmpty ? "nothing was set" : "unset " + removed.joined(separator: ", "))
        } catch {
            restore(saved)
            throw error
        }
    }

    func runReset() -> CommandResult {
        state.draft.reset()
        state.untilDay = nil
        state.impliedZone = nil
        state.loadedCreateOnly = [:]
        return .quiet(note: "the draft is empty")
    }

    func runLoad(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.getMeeting(id: id)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        let loaded = MeetingDraft.load(from: meeting.raw)
        state.draft = loaded.draft
        state.untilDay = nil
        state.impliedZone = nil
        // The meeting's own create-only values: `update` leaves them out while they are unchanged.
        state.loadedCreateOnly = [:]
        for path in loaded.draft.requestBody(for: .update).omitted {
            if let value = loaded.draft.value(at: path) { state.loadedCreateOnly[path] = value }
        }
        var note = "loaded meeting \(id) into the draft (\(loaded.draft.setPaths.count) fields)"
        if !loaded.dropped.isEmpty { note += "; left out read-only fields: " + loaded.dropped.joined(separator: ", ") }
        return CommandResult(value: .object(state.draft.body), presentation: .text(note), setsLast: false)
    }

    /// Runs a draft command; when it fails, puts the draft (and what goes with it) back as it was.
    func keepingDraftOnFailure(_ body: () async throws -> CommandResult) async throws -> CommandResult {
        let saved = draftSnapshot
        do {
            return try await body()
        } catch {
            restore(saved)
            throw error
        }
    }

    /// The draft and what goes with it, for `keepingDraftOnFailure`.
    private var draftSnapshot: SessionState { state }

    private func restore(_ saved: SessionState) {
        state.draft = saved.draft
        state.untilDay = saved.untilDay
        state.impliedZone = saved.impliedZone
        state.host = saved.host
        state.loadedCreateOnly = saved.loadedCreateOnly
    }

    /// Notes a meeting id and topic for completion.
    func remember(_ meeting: JSONValue) {
        guard let id = meeting["id"]?.intValue else { return }
        state.seenMeetings[id] = meeting["topic"]?.stringValue ?? ""
    }
}
