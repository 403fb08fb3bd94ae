import Foundation
import ZoomKit

extension Shell {
    func runSet(_ command: Command) async throws -> CommandResult {
        let words = try texts(command.arguments)
        let name = words[0]
        let valueText = words.dropFirst().joined(separator: " ")
        switch name {
        case "host":
            state.host = valueText
            state.userTimeZone = nil
            state.userTimeZoneLookupFailed = false
            return .quiet(note: "host = \(valueText) (meetings are created for this user)")
        case "start", "start_time":
            await learnUserTimeZone(for: command)
            return try setStart(valueText)
        case "recurrence":
            // Only `until DAY` depends on the zone (the end of that day there).
            if valueText.lowercased().contains("until") { await learnUserTimeZone(for: command) }
            return try setRecurrence(valueText)
        case "timezone", "tz":
            let zone = try TimeZoneNames.resolve(valueText)
            // Foundation on Linux names UTC "GMT"; Zoom knows "UTC", so keep the name typed.
            let name = ["UTC", "ETC/UTC"].contains(valueText.uppercased()) ? "UTC" : zone.identifier
            try state.draft.set("timezone", value: .string(name))
            return .quiet(note: "timezone = \(name)" + startEcho())
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
            let zone = meetingTimeZone().zone
            let end = try RecurrenceSyntax.endDateTime(valueText, in: zone, now: configuration.now())
            try state.draft.set("recurrence.end_date_time", value: .string(end))
            return .quiet(note: "recurrence.end_date_time = \(end)")
        default:
            guard state.draft.catalog.field(name) != nil else {
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
            return .quiet(note: "\(path) = \(shown ?? valueText)")
        }
    }

    func setStart(_ text: String) throws -> CommandResult {
        let (zone, _) = meetingTimeZone()
        let start = try MeetingTime.parse(text, timeZone: zone, now: configuration.now())
        if start.zoneWasGiven { try state.draft.set("timezone", value: .string(start.timeZone.identifier)) }
        try state.draft.set("start_time", value: .string(start.requestValue))
        let remark = start.note.map { "\n  note: \($0)" } ?? ""
        return .quiet(note: "start_time = \(start.requestValue)" + startEcho() + remark)
    }

    func setRecurrence(_ text: String) throws -> CommandResult {
        let (zone, _) = meetingTimeZone()
        let recurrence = try RecurrenceSyntax.parse(text, in: zone, now: configuration.now())
        var note = ""
        if state.draft.value(at: "type") == nil {
            try state.draft.set("type", value: .int(8))
            note = "type = recurring-fixed (8)\n"
        }
        try state.draft.set("recurrence", value: recurrence)
        return .quiet(note: note + "recurrence = \(recurrence.compactText)")
    }

    /// ` → 2026-12-01 10:00 CET …` for the draft's start, or "".
    func startEcho() -> String {
        guard let start = draftStart() else { return "" }
        return "\n  start: "
            + TimeDisplay.threeZones(start.instant, meeting: start.zone, local: configuration.localTimeZone)
    }

    func runUnset(_ command: Command) throws -> CommandResult {
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
            if try state.draft.unset(name) { removed.append(field.path) }
        }
        return .quiet(note: removed.isEmpty ? "nothing was set" : "unset " + removed.joined(separator: ", "))
    }

    func runReset() -> CommandResult {
        state.draft.reset()
        return .quiet(note: "the draft is empty")
    }

    func runShow(_ command: Command) async throws -> CommandResult {
        let body = try await createBody()
        if command.hasOption("json") {
            return CommandResult(value: body, presentation: .json, setsLast: false)
        }
        if state.draft.isEmpty {
            return CommandResult(
                value: body, presentation: .text("(the draft is empty: try 'set topic \"Weekly sync\"')"),
                setsLast: false)
        }
        var pairs: [(String, String)] = []
        for path in state.draft.setPaths {
            guard let value = state.draft.value(at: path) else { continue }
            pairs.append((path, describe(value, at: path)))
        }
        if let start = draftStart() {
            pairs.append(
                (
                    "start",
                    TimeDisplay.threeZones(start.instant, meeting: start.zone, local: configuration.localTimeZone)
                ))
        }
        if body["timezone"] != nil, state.draft.value(at: "timezone") == nil {
            pairs.append(
                ("timezone (sent)", "\(body["timezone"]?.plainText ?? "") from the \(meetingTimeZone().source)"))
        }
        let headline = "Draft meeting for \(state.host)" + (state.dryRun ? " (dry-run on)" : "")
        return CommandResult(value: body, presentation: .record(headline: headline, pairs: pairs), setsLast: false)
    }

    /// A value for people: enum names next to numbers, plain strings.
    func describe(_ value: JSONValue, at path: String) -> String {
        if let field = state.draft.catalog.field(exactPath: path), !field.enumValues.isEmpty,
            let known = field.enumValues.first(where: { $0.value == value })
        {
            return known.label
        }
        return value.plainText
    }

    func runValidate(_ command: Command) async throws -> CommandResult {
        let operation: MeetingOperation = command.hasOption("update") ? .update : .create
        var issues = try sendableDraft().validate(for: operation)
        if let start = draftStart(), start.instant < configuration.now() {
            issues.append(
                MeetingValidationIssue(
                    path: "start_time", message: "is in the past: Zoom would start the meeting now",
                    severity: .warning))
        }
        let value = JSONValue.array(
            issues.map { issue in
                [
                    "field": .string(issue.path), "message": .string(issue.message),
                    "severity": .string(issue.severity.rawValue),
                ]
            })
        let errors = issues.errors
        if !errors.isEmpty {
            throw CommandError.failed(
                "the draft is not valid for \(operation.rawValue) (\(errors.count) problem\(errors.count == 1 ? "" : "s")):\n"
                    + issues.map(\.description).joined(separator: "\n"))
        }
        var text = "the draft is valid for \(operation.rawValue)"
        for warning in issues { text += "\n  \(warning.description)" }
        return CommandResult(value: value, presentation: .text(text), setsLast: false)
    }

    func runOccurrences(_ command: Command) async throws -> CommandResult {
        var limit = MeetingRecurrence.maximumOccurrences
        if let text = try argument(command, 0) {
            guard let number = Int(text), number > 0 else {
                throw CommandError.usage("occurrences: '\(text)' is not a count; give a whole number from 1 to 60")
            }
            limit = min(number, MeetingRecurrence.maximumOccurrences)
        }
        guard let recurrenceValue = state.draft.value(at: "recurrence") else {
            throw CommandError.usage("the draft has no recurrence: e.g. set recurrence weekly on mon,wed times 6")
        }
        guard let start = draftStart() else {
            throw CommandError.usage("the draft has no start: e.g. set start next monday 10:00")
        }
        let recurrence: MeetingRecurrence
        do {
            recurrence = try MeetingRecurrence(json: recurrenceValue)
        } catch {
            throw CommandError.usage("recurrence: \(error.message)")
        }
        let duration = state.draft.value(at: "duration")?.intValue.map(Int.init) ?? 60
        let occurrences = recurrence.occurrences(
            start: start.instant, timeZone: start.zone, duration: duration, limit: limit)
        // The local column only when the local zone is another zone than the meeting's.
        let showsLocal = configuration.localTimeZone.identifier != start.zone.identifier
        let rows = occurrences.enumerated().map { index, occurrence -> [String] in
            let date = occurrence.startDate ?? start.instant
            var row = [
                String(index + 1), occurrence.occurrenceID, TimeDisplay.short(date, in: start.zone),
                TimeDisplay.short(date, in: ZoomDateTime.utc),
            ]
            if showsLocal { row.append(TimeDisplay.short(date, in: configuration.localTimeZone)) }
            return row
        }
        let value = JSONValue.array(occurrences.map(\.json))
        return CommandResult(
            value: value,
            presentation: .table(
                columns: ["#", "occurrence_id", "start (\(start.zone.identifier))", "UTC"]
                    + (showsLocal ? ["local (\(configuration.localTimeZone.identifier))"] : []),
                rows: rows, footer: "\(occurrences.count) occurrence\(occurrences.count == 1 ? "" : "s")"),
            setsLast: true)
    }

    func runLoad(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.getMeeting(id: id)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        let loaded = MeetingDraft.load(from: meeting.raw)
        state.draft = loaded.draft
        var note = "loaded meeting \(id) into the draft (\(loaded.draft.setPaths.count) fields)"
        if !loaded.dropped.isEmpty { note += "; left out read-only fields: " + loaded.dropped.joined(separator: ", ") }
        return CommandResult(value: .object(state.draft.body), presentation: .text(note), setsLast: false)
    }

    // MARK: - Time

    /// The meeting's time zone and where it came from.
    func meetingTimeZone() -> (zone: TimeZone, source: String) {
        if let name = state.draft.value(at: "timezone")?.stringValue, let zone = TimeZone(identifier: name) {
            return (zone, "draft")
        }
        if let zone = state.profileTimeZone { return (zone, "profile") }
        if let zone = state.userTimeZone { return (zone, "Zoom user's settings") }
        return (configuration.localTimeZone, "system")
    }

    /// Looks up the host user's time zone once, when neither the draft nor the profile names a
    /// zone: DESIGN's order is the draft's, the profile's, the Zoom user's, then the system's.
    /// Nothing is asked in dry-run, without credentials, or after a failed lookup; callers ask
    /// only when a local start makes the zone matter.
    func learnUserTimeZone(for command: Command) async {
        guard state.userTimeZone == nil, !state.userTimeZoneLookupFailed, state.profileTimeZone == nil,
            state.draft.value(at: "timezone") == nil, !state.dryRun, !command.hasOption("dry-run"),
            state.credentials != nil
        else { return }
        do {
            let client = try zoom()
            let user = try await client.send(try ZoomRequest.getUser(state.host))
            let zone = try User(json: try user.json() ?? .null).timezone.flatMap(TimeZone.init(identifier:))
            state.userTimeZone = zone
            state.userTimeZoneLookupFailed = zone == nil
        } catch {
            state.userTimeZoneLookupFailed = true
        }
    }

    /// The draft's start as an instant, with the meeting's zone.
    func draftStart() -> (instant: Date, zone: TimeZone)? {
        guard let text = state.draft.value(at: "start_time")?.stringValue else { return nil }
        let zone = meetingTimeZone().zone
        guard let instant = ZoomDateTime.date(text, timeZone: zone) else { return nil }
        return (instant, zone)
    }

    /// Whether the draft's start is a local wall time, whose zone must be sent with it.
    var draftHasLocalStart: Bool {
        guard let start = state.draft.value(at: "start_time")?.stringValue else { return false }
        return ZoomDateTime.parts(start)?.utcOffset == nil
    }

    /// The draft as it is sent: with the `timezone` that a local start needs (the meeting's
    /// zone), so that what `validate` checks is what `create` and `update` send.
    func sendableDraft() throws -> MeetingDraft {
        var draft = state.draft
        if draft.value(at: "timezone") == nil, let start = draft.value(at: "start_time")?.stringValue,
            ZoomDateTime.parts(start)?.utcOffset == nil
        {
            try draft.set("timezone", value: .string(meetingTimeZone().zone.identifier))
        }
        return draft
    }

    /// The create body: the draft's, plus the `timezone` that a local start needs.
    func createBody() async throws -> JSONValue {
        try sendableDraft().requestBody(for: .create).json
    }

    /// Notes a meeting id and topic for completion.
    func remember(_ meeting: JSONValue) {
        guard let id = meeting["id"]?.intValue else { return }
        state.seenMeetings[id] = meeting["topic"]?.stringValue ?? ""
    }
}
