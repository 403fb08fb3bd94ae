import Foundation
import ZoomModels

extension Shell {
    func runShow(_ command: Command) async throws -> CommandResult {
        let zone = await settledZone(for: command)
        let body = requestDraft(for: .create, zone: zone).requestBody(for: .create)
        let start = state.draftStart(in: zone)
        if command.hasOption("json") {
            // The body is printed as it is; what `create` would refuse in it is said on standard error.
            let warnings = start?.problem.map { ["start_time: \($0)"] } ?? []
            return CommandResult(value: body.json, presentation: .json, setsLast: false, warnings: warnings)
        }
        if state.draft.isEmpty, state.untilDay == nil {
            return CommandResult(
                value: body.json, presentation: .text("(the draft is empty: try 'set topic \"Weekly sync\"')"),
                setsLast: false)
        }
        let draft = state.derivedDraft(in: zone)
        var pairs: [(String, String)] = []
        for path in draft.setPaths {
            guard let value = draft.value(at: path) else { continue }
            pairs.append((path, describe(value, at: path)))
        }
        if let start {
            let reading =
                start.problem
                ?? TimeDisplay.threeZones(start.instant, meeting: start.zone.zone, local: configuration.localTimeZone)
            pairs.append(("start", reading))
            if let note = start.note { pairs.append(("note", note)) }
        }
        if body.json["timezone"] != nil, state.draft.value(at: "timezone") == nil {
            pairs.append(("timezone (sent)", "\(zone.name) from the \(zone.source.rawValue)"))
        }
        if !body.omitted.isEmpty {
            pairs.append(("not sent by create", body.omitted.joined(separator: ", ") + " (update only)"))
        }
        let headline = "Draft meeting for \(state.host)" + (state.dryRun ? " (dry-run on)" : "")
        return CommandResult(value: body.json, presentation: .record(headline: headline, pairs: pairs), setsLast: false)
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
        let issues = draftIssues(for: operation, zone: await settledZone(for: command))
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
        let zone = await settledZone(for: command)
        guard let recurrenceValue = state.derivedDraft(in: zone).value(at: "recurrence") else {
            throw CommandError.usage("the draft has no recurrence: e.g. set recurrence weekly on mon,wed times 6")
        }
        guard let start = state.draftStart(in: zone) else {
            throw CommandError.usage("the draft has no start: e.g. set start next monday 10:00")
        }
        if let problem = start.problem { throw CommandError.usage("start_time: \(problem)") }
        let recurrence: MeetingRecurrence
        do {
            recurrence = try MeetingRecurrence(json: recurrenceValue)
        } catch {
            throw CommandError.usage("recurrence: \(error.message)")
        }
        let duration = state.draft.value(at: "duration")?.intValue.map(Int.init) ?? 60
        let occurrences = recurrence.occurrences(
            start: start.instant, timeZone: zone.zone, duration: duration, limit: limit)
        let dates = occurrences.map { $0.startDate ?? start.instant }
        let local = configuration.localTimeZone
        // The local column only when it reads differently from both the meeting's and UTC's.
        let showsLocal = dates.contains { date in
            let offset = local.secondsFromGMT(for: date)
            return offset != 0 && offset != zone.zone.secondsFromGMT(for: date)
        }
        let rows = zip(occurrences, dates).enumerated().map { index, pair -> [String] in
            var row = [
                String(index + 1), pair.0.occurrenceID, TimeDisplay.short(pair.1, in: zone.zone),
                TimeDisplay.short(pair.1, in: ZoomDateTime.utc),
            ]
            if showsLocal { row.append(TimeDisplay.short(pair.1, in: local)) }
            return row
        }
        let value = JSONValue.array(occurrences.map(\.json))
        return CommandResult(
            value: value,
            presentation: .table(
                columns: ["#", "occurrence_id", "start (\(zone.name))", "UTC"]
                    + (showsLocal ? ["local (\(TimeZoneNames.zoomName(of: local)))"] : []),
                rows: rows, footer: "\(occurrences.count) occurrence\(occurrences.count == 1 ? "" : "s")"),
            setsLast: true)
    }
}
