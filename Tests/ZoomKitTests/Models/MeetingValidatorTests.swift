import Testing

@testable import ZoomModels

struct MeetingValidatorTests {
    let validator = MeetingValidator()

    func issues(_ body: JSONValue, _ operation: MeetingOperation = .create) -> [MeetingValidationIssue] {
        validator.validate(body, for: operation)
    }

    func errors(_ body: JSONValue, _ operation: MeetingOperation = .create) -> [String] {
        issues(body, operation).errors.map(\.pathMessage)
    }

    func warnings(_ body: JSONValue, _ operation: MeetingOperation = .create) -> [String] {
        issues(body, operation).filter { !$0.isError }.map(\.pathMessage)
    }

    static let weekly: JSONValue = [
        "topic": "Standup", "type": 8, "start_time": "2026-12-01T09:00:00", "timezone": "Europe/Madrid",
        "duration": 15, "recurrence": ["type": 2, "weekly_days": "2,4", "end_times": 10],
    ]

    @Test func aGoodBodyHasNoIssues() {
        #expect(issues(Self.weekly).isEmpty)
        #expect(issues(["topic": "Quick"]).isEmpty)
        #expect(issues([:], .update).isEmpty)
    }

    @Test func theBodyMustBeAnObject() {
        #expect(errors("text") == ["the body must be a JSON object, not string"])
    }

    @Test func unknownKeysAndKeysOfTheOtherOperation() {
        #expect(
            errors(["topik": "x"]) == [
                "topik: unknown field: not part of the body of POST /users/{userId}/meetings (did you mean topic?)"
            ])
        #expect(errors(["settings": ["nope": true]]).first?.hasPrefix("settings.nope: unknown field") == true)
        #expect(
            errors(["default_password": true], .update) == [
                "default_password: is only accepted when creating (POST /users/{userId}/meetings), not when updating"
            ])
        #expect(
            errors(["settings": ["custom_keys": []]]) == [
                "settings.custom_keys: is only accepted when updating (PATCH /meetings/{meetingId}), not when creating"
            ])
        #expect(errors(["settings": ["authentication_exception": [["email": "a@b.c", "join_url": "u"]]]]).count == 1)
        #expect(
            errors(["settings": ["authentication_exception": [["email": "a@b.c", "join_url": "u"]]]], .update).isEmpty)
    }

    @Test func types() {
        #expect(errors(["duration": "60"]) == ["duration: must be a whole number, not the string '60'"])
        #expect(errors(["duration": 1.5]) == ["duration: must be a whole number, not number 1.5"])
        #expect(errors(["topic": 5]) == ["topic: must be a string, not integer 5"])
        #expect(
            errors(["settings": ["host_video": "true"]]) == [
                "settings.host_video: must be a boolean (true or false), not the string 'true'"
            ])
        #expect(errors(["settings": true]) == ["settings: must be an object, not boolean true"])
        #expect(
            errors(["tracking_fields": ["field": "x"]]) == [
                "tracking_fields: must be an array of objects, not an object"
            ])
        #expect(
            errors(["settings": ["global_dial_in_countries": ["US", 1]]]) == [
                "settings.global_dial_in_countries[1]: must be a string, not integer 1"
            ])
        #expect(errors(["start_time": .null]) == ["start_time: must be a date-time string, not null"])
    }

    @Test func enums() {
        #expect(
            errors(["type": 4]) == [
                "type: 4 is not one of instant (1), scheduled (2), recurring-no-fixed (3), recurring-fixed (8), "
                    + "screen-share (10)"
            ])
        #expect(
            errors(["settings": ["audio": "voice"]]) == [
                "settings.audio: 'voice' is not one of both, telephony, voip, thirdParty"
            ])
        #expect(errors(["settings": ["audio": "VOIP"]]).count == 1, "Zoom's enums are exact")
        #expect(
            errors(["settings": ["resources": [["resource_type": "doc"]]]]) == [
                "settings.resources[0].resource_type: 'doc' is not one of whiteboard"
            ])
    }

    @Test func weeklyDaysIsACommaListOfOneToSeven() {
        func days(_ text: String) -> [String] {
            errors(["type": 8, "recurrence": ["type": 2, "weekly_days": .string(text), "end_times": 2]])
        }
        #expect(days("1").isEmpty)
        #expect(days("1,3,7").isEmpty)
        #expect(days("0,3") == ["recurrence.weekly_days: '0,3' is not a comma-separated list of 1, 2, 3, 4, 5, 6, 7"])
        #expect(days("1,,3").count == 1)
        #expect(days("mon").count == 1)
        #expect(days("").count == 1)
        #expect(days("2,2") == ["recurrence.weekly_days: '2,2' names a value twice"])
    }

    @Test func lengths() {
        #expect(errors(["topic": .string(String(repeating: "é", count: 200))]).isEmpty)
        #expect(
            errors(["topic": .string(String(repeating: "a", count: 201))]) == [
                "topic: is 201 characters long, more than the maximum of 200"
            ])
        #expect(errors(["agenda": .string(String(repeating: "a", count: 2001))]).count == 1)
        #expect(errors(["password": "12345678901"]).count == 1)
        #expect(errors(["password": "1234567890"]).isEmpty)
        #expect(
            errors(["settings": ["audio_conference_info": .string(String(repeating: "a", count: 2049))]]).count == 1)
        #expect(
            errors(["settings": ["custom_keys": [["key": .string(String(repeating: "k", count: 65))]]]], .update) == [
                "settings.custom_keys[0].key: is 65 characters long, more than the maximum of 64"
            ])
    }

    @Test func ranges() {
        #expect(errors(["duration": 0]) == ["duration: 0 is out of range: 1 to 1440 minutes"])
        #expect(errors(["duration": 1441]).count == 1)
        #expect(errors(["duration": 1440]).isEmpty)
        func recurrence(_ object: JSONValue) -> [String] { errors(["type": 8, "recurrence": object]) }
        #expect(recurrence(["type": 1, "end_times": 61]) == ["recurrence.end_times: 61 is out of range: 0 to 60"])
        #expect(recurrence(["type": 1, "end_times": 0]).isEmpty, "0 = no end time, as the spec says")
        #expect(recurrence(["type": 1, "end_times": -1]).count == 1)
        #expect(recurrence(["type": 1, "end_times": 2, "repeat_interval": 99]).isEmpty)
        #expect(recurrence(["type": 1, "end_times": 2, "repeat_interval": 100]).count == 1)
        #expect(
            recurrence(["type": 2, "weekly_days": "1", "end_times": 2, "repeat_interval": 51]) == [
                "recurrence.repeat_interval: 51 is more than the maximum of 50 for weekly recurrence"
            ])
        #expect(recurrence(["type": 3, "monthly_day": 1, "end_times": 2, "repeat_interval": 10]).isEmpty)
        #expect(recurrence(["type": 3, "monthly_day": 1, "end_times": 2, "repeat_interval": 11]).count == 1)
        #expect(recurrence(["type": 3, "monthly_day": 1, "end_times": 2, "repeat_interval": 0]).count == 1)
        #expect(
            recurrence(["type": 3, "monthly_day": 32, "end_times": 2]) == [
                "recurrence.monthly_day: 32 is out of range: 1 to 31"
            ])
    }

    @Test func maxItemsAndRequiredKeys() {
        let channels = JSONValue.array(Array(repeating: ["channel_id": "c"], count: 6))
        #expect(
            errors(["settings": ["auto_add_recording_to_video_management": ["enable": true, "channels": channels]]])
                == [
                    "settings.auto_add_recording_to_video_management.channels: has 6 items, more than the maximum of 5"
                ])
        #expect(
            errors(["settings": ["auto_add_recording_to_video_management": ["channels": [["channel_id": "c"]]]]]) == [
                "settings.auto_add_recording_to_video_management.enable: is required in "
                    + "settings.auto_add_recording_to_video_management"
            ])
        #expect(
            errors(["settings": ["auto_add_recording_to_video_management": ["enable": true, "channels": []]]]).count
                == 1)
        #expect(errors(["recurrence": ["end_times": 2], "type": 8]) == ["recurrence.type: is required in recurrence"])
        #expect(
            errors(["settings": ["waiting_room_options": ["who_goes_to_waiting_room": "everyone"]]]) == [
                "settings.waiting_room_options.mode: is required in settings.waiting_room_options"
            ])
        #expect(
            errors(["settings": ["waiting_room_options": ["mode": "custom"]]]) == [
                "settings.waiting_room_options.who_goes_to_waiting_room: is required when mode is custom"
            ])
        #expect(
            errors(["tracking_fields": [["value": "v"]]]) == [
                "tracking_fields[0].field: is required in each item of tracking_fields"
            ])
        let interpreters = JSONValue.array(Array(repeating: ["email": "a@b.c"], count: 21))
        #expect(errors(["settings": ["sign_language_interpretation": ["interpreters": interpreters]]]).count == 1)
    }

    @Test func endTimesXorEndDateTime() {
        let both: JSONValue = [
            "type": 8, "start_time": "2026-12-01T09:00:00Z",
            "recurrence": ["type": 1, "end_times": 3, "end_date_time": "2026-12-10T00:00:00Z"],
        ]
        #expect(errors(both) == ["recurrence.end_date_time: cannot be used together with end_times: choose one"])
        #expect(
            warnings(["type": 8, "recurrence": ["type": 1]]) == [
                "recurrence: has neither end_times nor end_date_time: Zoom schedules one occurrence (end_times 1)"
            ])
    }

    @Test func recurrenceOnlyWithRecurringFixedMeetings() {
        #expect(
            errors(["type": 2, "recurrence": ["type": 1, "end_times": 2]]) == [
                "recurrence: is only used by recurring meetings with a fixed time (type 8); type is 2"
            ])
        #expect(
            errors(["recurrence": ["type": 1, "end_times": 2]]) == [
                "recurrence: is only used by recurring meetings with a fixed time (type 8); type is 2 (the default)"
            ])
        #expect(
            errors(["recurrence": ["type": 1, "end_times": 2]], .update).isEmpty, "an update keeps the meeting's type")
        #expect(
            warnings(["type": 8]) == [
                "recurrence: is missing: a recurring meeting with a fixed time (type 8) needs one"
            ])
    }

    @Test func weeklyAndMonthlyNeedTheirKeys() {
        func recurrence(_ object: JSONValue) -> [MeetingValidationIssue] { issues(["type": 8, "recurrence": object]) }
        #expect(
            recurrence(["type": 2, "end_times": 2]).map(\.pathMessage) == [
                "recurrence.weekly_days: is required for weekly recurrence (e.g. \"2,4\" = Monday and Wednesday)"
            ])
        #expect(
            recurrence(["type": 3, "end_times": 2, "monthly_week": -1]).map(\.pathMessage) == [
                "recurrence.monthly_week_day: is required together with monthly_week"
            ])
        #expect(
            recurrence(["type": 3, "end_times": 2, "monthly_week_day": 6]).map(\.pathMessage) == [
                "recurrence.monthly_week: is required together with monthly_week_day"
            ])
        #expect(recurrence(["type": 3, "end_times": 2, "monthly_week": -1, "monthly_week_day": 6]).isEmpty)
        #expect(
            recurrence(["type": 3, "end_times": 2, "monthly_day": 5, "monthly_week": 1, "monthly_week_day": 2]).map(
                \.pathMessage) == [
                    "recurrence.monthly_day: cannot be used together with monthly_week/monthly_week_day: choose one"
                ])
        let neither = recurrence(["type": 3, "end_times": 2])
        #expect(neither.map(\.severity) == [.warning])
        let stray = recurrence(["type": 1, "end_times": 2, "weekly_days": "2", "monthly_day": 3])
        #expect(stray.map(\.severity) == [.warning, .warning])
        #expect(stray.map(\.path) == ["recurrence.weekly_days", "recurrence.monthly_day"])
    }

    @Test func startTimeFormatAndMeaning() {
        #expect(
            errors(["start_time": "2026-12-01 10:00"]) == [
                "start_time: '2026-12-01 10:00' is not a date-time: use yyyy-MM-ddTHH:mm:ss (local to timezone) or "
                    + "yyyy-MM-ddTHH:mm:ssZ (UTC)"
            ])
        #expect(errors(["start_time": "2026-13-01T10:00:00Z"]).count == 1)
        #expect(
            warnings(["type": 1, "start_time": "2026-12-01T10:00:00Z"]) == [
                "start_time: is only used by scheduled (2) and recurring-fixed (8) meetings; type is 1"
            ])
        #expect(
            warnings(["start_time": "2026-12-01T10:00:00"]) == [
                "start_time: has no Z and there is no timezone: Zoom reads it in the account's time zone"
            ])
        #expect(warnings(["start_time": "2026-12-01T10:00:00", "timezone": "Asia/Tokyo"]).isEmpty)
        #expect(
            errors(["timezone": "Mars/Olympus"]) == [
                "timezone: 'Mars/Olympus' is not a time zone ID (such as Europe/Madrid, America/New_York or UTC)"
            ])
    }

    @Test func endDateTimeIsUTCAndAfterTheStart() {
        func body(_ end: String) -> JSONValue {
            [
                "type": 8, "start_time": "2026-12-01T09:00:00Z", "timezone": "UTC",
                "recurrence": ["type": 1, "end_date_time": .string(end)],
            ]
        }
        #expect(issues(body("2026-12-10T09:00:00Z")).isEmpty)
        #expect(
            errors(body("2026-11-30T09:00:00Z")) == [
                "recurrence.end_date_time: 2026-11-30T09:00:00Z is before start_time"
            ])
        #expect(
            warnings(body("2026-12-10T09:00:00")) == [
                "recurrence.end_date_time: should be in UTC, like 2027-01-31T23:59:59Z"
            ])
        #expect(
            warnings(body("2027-12-10T09:00:00Z")) == [
                "recurrence.end_date_time: gives more than 60 occurrences, Zoom's limit; use an earlier date"
            ])
    }

    @Test func settingsThatExcludeEachOther() {
        #expect(
            errors([
                "settings": [
                    "allow_host_control_participant_mute_state": true,
                    "request_permission_to_unmute_participants": true,
                ]
            ]).count == 1)
        #expect(
            errors([
                "settings": [
                    "allow_host_control_participant_mute_state": true,
                    "request_permission_to_unmute_participants": false,
                ]
            ]).isEmpty)
        #expect(
            warnings(["settings": ["join_before_host": true, "waiting_room": true]]) == [
                "settings.join_before_host: has no effect while waiting_room is on"
            ])
        #expect(warnings(["type": 1, "settings": ["continuous_meeting_chat": ["enable": true]]]).count == 1)
    }

    @Test func zoomsRulesForPrescheduleAndScheduleFor() {
        #expect(
            errors(["type": 8, "pre_schedule": true, "recurrence": ["type": 1, "end_times": 1]]) == [
                "pre_schedule: Prescheduling is only available for scheduled meetings (type 2) and recurring meetings "
                    + "with no fixed time (type 3)."
            ])
        #expect(errors(["type": 3, "pre_schedule": true]).isEmpty)
        #expect(
            errors(["type": 1, "schedule_for": "a@b.c"]) == [
                "schedule_for: Instant meetings do not support the schedule_for parameter."
            ])
    }

    @Test func zoomsErrorBody() {
        let issues = validator.validate(["topic": 5, "start_time": "2026-12-01T10:00:00"], for: .create)
        #expect(issues.count == 2)
        let body = issues.zoomErrorBody
        #expect(body?["code"] == 300)
        #expect(body?["message"] == "Validation Failed.")
        #expect(body?["errors"]?.arrayValue?.count == 1, "warnings are not Zoom errors")
        #expect(body?["errors"]?[0]?["field"] == "topic")
        #expect([MeetingValidationIssue]().zoomErrorBody == nil)
        #expect(
            issues.map(\.description).last
                == "warning: start_time: has no Z and there is no timezone: Zoom reads it in the account's time zone")
    }
}
