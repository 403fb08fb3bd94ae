import Foundation

// The rules that tie fields together: recurrence and meeting type, the end of a recurrence,
// the parts of a monthly recurrence, and settings that exclude each other.
extension MeetingValidator {
    func checkCombinations(
        _ body: JSONObject, operation: MeetingOperation, into issues: inout [MeetingValidationIssue]
    ) {
        func error(_ path: String, _ message: String) {
            issues.append(MeetingValidationIssue(path: path, message: message))
        }
        func warning(_ path: String, _ message: String) {
            issues.append(MeetingValidationIssue(path: path, message: message, severity: .warning))
        }
        let explicitType = Self.integer(body["type"])
        // Zoom's default type is 2 (scheduled) when creating; an update keeps the meeting's type.
        let type = explicitType ?? (operation == .create ? 2 : nil)
        let typeText = type.map { "\($0)\(explicitType == nil ? " (the default)" : "")" } ?? ""
        let timeZoneName = body["timezone"]?.stringValue
        if let start = body["start_time"]?.stringValue, let parts = ZoomDateTime.parts(start) {
            if let type, ![2, 8].contains(type) {
                warning(
                    "start_time", "is only used by scheduled (2) and recurring-fixed (8) meetings; type is \(typeText)")
            }
            if parts.utcOffset == nil, timeZoneName == nil {
                warning("start_time", "has no Z and there is no timezone: Zoom reads it in the account's time zone")
            }
        }
        if case .bool(true) = body["pre_schedule"], let type, ![2, 3].contains(type) {
            error(
                "pre_schedule",
                "Prescheduling is only available for scheduled meetings (type 2) and recurring meetings with no "
                    + "fixed time (type 3).")
        }
        if body["schedule_for"] != nil, type == 1 {
            error("schedule_for", "Instant meetings do not support the schedule_for parameter.")
        }
        if let recurrence = body["recurrence"]?.objectValue {
            if let type, type != 8 {
                error(
                    "recurrence", "is only used by recurring meetings with a fixed time (type 8); type is \(typeText)")
            }
            checkRecurrence(recurrence, body: body, operation: operation, error: error, warning: warning)
        } else if operation == .create, explicitType == 8 {
            warning("recurrence", "is missing: a recurring meeting with a fixed time (type 8) needs one")
        }
        if let settings = body["settings"]?.objectValue {
            checkSettings(settings, type: type, typeText: typeText, error: error, warning: warning)
        }
    }

    private func checkRecurrence(
        _ recurrence: JSONObject, body: JSONObject, operation: MeetingOperation,
        error: (String, String) -> Void, warning: (String, String) -> Void
    ) {
        let kind = Self.integer(recurrence["type"])
        let names: [Int64: String] = [1: "daily", 2: "weekly", 3: "monthly"]
        if recurrence["end_times"] != nil, recurrence["end_date_time"] != nil {
            error("recurrence.end_date_time", "cannot be used together with end_times: choose one")
        } else if recurrence["end_times"] == nil, recurrence["end_date_time"] == nil, operation == .create {
            warning(
                "recurrence", "has neither end_times nor end_date_time: Zoom schedules one occurrence (end_times 1)")
        }
        // Past the field's own range (1 to 99) the field check has said it already.
        if let interval = Self.integer(recurrence["repeat_interval"]), let kind,
            let maximum = ([1: 99, 2: 50, 3: 10] as [Int64: Int64])[kind], interval > maximum,
            interval <= catalog.field(exactPath: "recurrence.repeat_interval")?.maximum ?? .max
        {
            error(
                "recurrence.repeat_interval",
                "\(interval) is more than the maximum of \(maximum) for \(names[kind] ?? "this") recurrence")
        }
        if kind == 2, recurrence["weekly_days"] == nil {
            error("recurrence.weekly_days", "is required for weekly recurrence (e.g. \"2,4\" = Monday and Wednesday)")
        } else if let kind, kind != 2, recurrence["weekly_days"] != nil {
            warning("recurrence.weekly_days", "is only used by weekly recurrence; this one is \(names[kind] ?? "")")
        }
        let hasDay = recurrence["monthly_day"] != nil
        let hasWeek = recurrence["monthly_week"] != nil
        let hasWeekDay = recurrence["monthly_week_day"] != nil
        if hasWeek != hasWeekDay {
            let (present, missing) =
                hasWeek ? ("monthly_week", "monthly_week_day") : ("monthly_week_day", "monthly_week")
            error("recurrence.\(missing)", "is required together with \(present)")
        }
        if kind == 3 {
            if hasDay, hasWeek || hasWeekDay {
                error(
                    "recurrence.monthly_day", "cannot be used together with monthly_week/monthly_week_day: choose one")
            } else if !hasDay, !hasWeek, !hasWeekDay {
                warning("recurrence", "monthly recurrence without monthly_day or monthly_week: Zoom uses day 1")
            }
        } else if let kind, hasDay || hasWeek || hasWeekDay {
            let key = hasDay ? "monthly_day" : (hasWeek ? "monthly_week" : "monthly_week_day")
            warning("recurrence.\(key)", "is only used by monthly recurrence; this one is \(names[kind] ?? "")")
        }
        guard let end = recurrence["end_date_time"]?.stringValue, let endParts = ZoomDateTime.parts(end) else {
            return
        }
        if endParts.utcOffset != 0 {
            warning("recurrence.end_date_time", "should be in UTC, like 2027-01-31T23:59:59Z")
        }
        let timeZone = body["timezone"]?.stringValue.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")
        guard let start = body["start_time"]?.stringValue.flatMap({ ZoomDateTime.date($0, timeZone: timeZone) }),
            let endDate = ZoomDateTime.date(end, timeZone: timeZone)
        else { return }
        if endDate < start {
            error("recurrence.end_date_time", "\(end) is before start_time")
        } else if let rule = try? MeetingRecurrence(json: .object(recurrence)), let timeZone,
            rule.dates(start: start, timeZone: timeZone, cap: MeetingRecurrence.maximumOccurrences + 1)
                .count > MeetingRecurrence.maximumOccurrences
        {
            warning(
                "recurrence.end_date_time",
                "gives more than \(MeetingRecurrence.maximumOccurrences) occurrences, Zoom's limit; use an earlier date"
            )
        }
    }

    private func checkSettings(
        _ settings: JSONObject, type: Int64?, typeText: String,
        error: (String, String) -> Void, warning: (String, String) -> Void
    ) {
        if let options = settings["waiting_room_options"]?.objectValue, options["mode"] == .string("custom"),
            options["who_goes_to_waiting_room"] == nil
        {
            error("settings.waiting_room_options.who_goes_to_waiting_room", "is required when mode is custom")
        }
        if settings["join_before_host"] == .bool(true), settings["waiting_room"] == .bool(true) {
            warning("settings.join_before_host", "has no effect while waiting_room is on")
        }
        if settings["allow_host_control_participant_mute_state"] == .bool(true),
            settings["request_permission_to_unmute_participants"] == .bool(true)
        {
            error(
                "settings.allow_host_control_participant_mute_state",
                "cannot be on together with request_permission_to_unmute_participants: only one of the two")
        }
        if settings["continuous_meeting_chat"] != nil, let type, type == 1 || type == 10 {
            warning(
                "settings.continuous_meeting_chat",
                "is not supported by instant (1) or screen-share (10) meetings; type is \(typeText)")
        }
    }

    static func integer(_ value: JSONValue?) -> Int64? {
        if case .int(let number) = value { return number }
        return nil
    }
}
