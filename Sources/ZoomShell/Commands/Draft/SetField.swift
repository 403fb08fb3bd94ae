import Foundation
import TerminalText
import ZoomModels

struct SetField: ShellCommand {
    static let spec = CommandSpec(
        name: "set", group: "Draft", summary: "set a field of the meeting draft",
        examples: [
            "set topic \"Weekly sync\"", "set start tomorrow 10:00", "set settings.audio voip",
            "set recurrence weekly on mon,wed until 2027-01-31",
        ],
        arguments: [ArgumentSpec("FIELD"), ArgumentSpec("VALUE", isVariadic: true)], form: .verbatim)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runSet(command)
    }

    /// The FIELD when it is written out, and the value when the field is an enum or a boolean
    /// and the value is written out, as `set` checks them when run.
    static func check(_ command: Command, _ checker: inout CommandChecker) {
        let arguments = command.arguments
        guard let first = arguments.first, let name = first.literalText else { return }
        if DraftSpecialField.named(name) != nil { return }
        guard let field = MeetingFieldCatalog.standard.field(name) else {
            let hint = DidYouMean.hint(for: name, among: DraftSpecialField.setNames)
            checker.report(
                "unknown field '\(CommandChecker.shown(name))'\(hint) ('help fields' lists the fields, "
                    + "\"set settings.<TAB>\" the settings)", at: first.location)
            return
        }
        guard [.boolean, .stringEnum, .integerEnum].contains(field.kind), arguments.count > 1 else { return }
        var texts: [String] = []
        for word in arguments.dropFirst() {
            guard let text = word.literalText else { return }
            texts.append(text)
        }
        do {
            _ = try field.parseValue(texts.joined(separator: " "))
        } catch {
            checker.report(error.message, at: arguments[1].location)
        }
    }

    /// Field names one dotted level at a time, then the values of the field being set.
    static func complete(_ request: CompletionRequest) -> [CompletionCandidate]? {
        guard let fieldName = request.arguments.first else {
            return Completer.fieldItems(request.word, extra: DraftSpecialField.allCases.map(\.rawValue))
        }
        let typed = Array(request.arguments.dropFirst())
        if let words = DraftSpecialField.named(fieldName)?.valueWords(after: typed) {
            return words.map { CompletionCandidate($0) }
        }
        guard typed.isEmpty, let field = MeetingFieldCatalog.standard.field(fieldName) else { return [] }
        if field.kind == .boolean { return ["on", "off"].map { CompletionCandidate($0) } }
        // Zoom's own word for string values (what `show` prints), the friendly name for numbers.
        return field.enumValues.map { value in
            CompletionCandidate(value.value.stringValue ?? value.displayName, description: value.summary)
        }
    }

    /// `set passcode …`, `set settings.…password …`: the meeting passcode, whatever alias names it.
    static func holdsSecret(_ words: [String]) -> Bool {
        guard words.count > 2 else { return false }
        let path = MeetingFieldCatalog.standard.canonicalPath(words[1]) ?? words[1]
        return path.lowercased().split(separator: ".").last.map { secretFieldKeys.contains(String($0)) } ?? false
    }

    /// The keys of meeting fields that hold a secret (the passcode).
    static let secretFieldKeys: Set<String> = ["password", "passcode"]
}

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
        switch DraftSpecialField.named(name) {
        case .host?:
            state.host = valueText
            state.zones.user = nil
            state.zones.userLookupFailed = false
            state.zones.reportedSystem = false
            return .quiet(note: "host = \(valueText) (meetings are created for this user)")
        case .start?:
            return try await setStart(valueText, command: command)
        case .recurrence?:
            return try await setRecurrence(valueText, command: command)
        case .timezone?:
            return try setTimeZone(valueText)
        case .duration?:
            // The shell's reader takes every form people type (`1:30`, `1.5h`, `90min`…); the
            // draft then checks the range.
            let minutes: Int
            do {
                minutes = try DurationParser.minutes(valueText)
            } catch let error as ValueError {
                throw CommandError.usage("duration: \(error.message)")
            }
            let path = try state.draft.fields.set("duration", text: String(minutes))
            return .quiet(note: "\(path) = \(minutes)")
        case .until?:
            return try await setUntil(valueText, command: command)
        case nil:
            guard let field = state.draft.fields.catalog.field(name) else {
                let hint = DidYouMean.hint(for: name, among: DraftSpecialField.setNames)
                throw CommandError.usage(
                    "unknown field '\(name)'\(hint) ('help fields' lists the fields, \"set settings.<TAB>\" the settings)"
                )
            }
            let path = try state.draft.fields.set(name, text: valueText)
            let shown = state.draft.fields.value(at: path).map { value in
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
            try state.draft.fields.set("timezone", value: .string(TimeZoneNames.zoomName(of: start.timeZone)))
        }
        try state.draft.fields.set("start_time", value: .string(start.requestValue))
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
        if state.draft.fields.value(at: "type") == nil {
            try state.draft.fields.set("type", value: .int(8))
            note = "type = recurring-fixed (8)\n"
        }
        try state.draft.fields.set("recurrence", value: rule.json(timeZone: zone.zone))
        state.draft.untilDay = untilDay
        pinImpliedZone()
        let shown = state.derivedDraft(in: state.meetingZone).value(at: "recurrence") ?? .null
        return .quiet(note: note + "recurrence = \(shown.compactText)")
    }

    func setTimeZone(_ text: String) throws -> CommandResult {
        let name = try TimeZoneNames.resolveName(text).name
        try state.draft.fields.set("timezone", value: .string(name))
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
            try state.draft.fields.unset("recurrence.end_date_time")
            state.draft.untilDay = day
            pinImpliedZone()
        case .untilInstant(let instant):
            try state.draft.fields.set("recurrence.end_date_time", value: .string(ZoomDateTime.utcString(instant)))
            state.draft.untilDay = nil
        case .times(let count):
            throw ValueError("'until' needs a date, got \(count)")
        }
        let end = state.derivedDraft(in: state.meetingZone).value(at: "recurrence.end_date_time")?.plainText ?? ""
        let day = state.draft.untilDay.map { " (the end of \($0) in \(state.meetingZone.name))" } ?? ""
        return .quiet(note: "recurrence.end_date_time = \(end)\(day)")
    }

    /// ` → 2026-12-01 10:00 CET …` for the draft's start, or "".
    func startEcho() -> String {
        guard let start = state.draftStart(in: state.meetingZone) else { return "" }
        if let problem = start.problem { return "\n  start: \(problem)" }
        return "\n  start: "
            + TimeDisplay.threeZones(start.instant, meeting: start.zone.zone, local: configuration.localTimeZone)
    }
}
