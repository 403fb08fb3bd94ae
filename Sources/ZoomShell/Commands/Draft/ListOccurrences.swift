import Foundation
import ZoomModels

struct ListOccurrences: ShellCommand {
    static let spec = CommandSpec(
        name: "occurrences", group: "Draft", summary: "list the dates the draft's recurrence produces",
        examples: ["occurrences", "occurrences 5"], arguments: [ArgumentSpec("N", isOptional: true)])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runOccurrences(command)
    }
}

extension Shell {
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
        let duration = state.draft.fields.value(at: "duration")?.intValue.map(Int.init) ?? 60
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
