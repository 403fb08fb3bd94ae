import Foundation

// Top-level and `recurrence.*` fields of the meeting bodies, from Zoom's Meetings OpenAPI spec
// (`POST /users/{userId}/meetings` and `PATCH /meetings/{meetingId}`).
extension MeetingFieldCatalog {
    static let topLevelFields: [MeetingField] = [
        .string("topic", "The meeting's topic.", maxLength: 200),
        .integerEnum(
            "type", "The kind of meeting.", default: 2,
            [
                .int(1, "instant", summary: "An instant meeting."),
                .int(2, "scheduled", summary: "A scheduled meeting."),
                .int(
                    3, "recurring-no-fixed", "recurring-no-fixed-time",
                    summary: "A recurring meeting with no fixed time."),
                .int(
                    8, "recurring-fixed", "recurring-fixed-time", "recurring",
                    summary: "A recurring meeting with a fixed time."),
                .int(10, "screen-share", "screen-share-only", summary: "A screen-share-only meeting."),
            ]),
        .dateTime(
            "start_time",
            "When it starts (types 2 and 8): `…Z` is UTC, else local to `timezone`; past or absent = now.",
            aliases: ["start"]),
        .integer(
            "duration", "The scheduled length in minutes (types 2 and 8).", min: 1, max: 1440, default: 60,
            duration: true),
        .string(
            "timezone", "The time zone of `start_time` (an IANA name such as `Europe/Madrid`); else the account's.",
            aliases: ["tz"]),
        .string(
            "password", "The passcode, at most 10 characters; it must meet the account's passcode rules.",
            maxLength: 10, aliases: ["passcode"]),
        .boolean(
            "default_password",
            "Generate a passcode when none is given and the user's settings require one (create only).",
            default: true, .create),
        .string("agenda", "The meeting's description.", maxLength: 2000),
        .boolean(
            "pre_schedule", "Create a prescheduled meeting via the GSuite app (types 2 and 3 only).", default: false),
        .string("schedule_for", "The email address or user ID of the user to schedule the meeting for."),
        .string("template_id", "The ID of an account admin meeting template to schedule with."),
        .objectArray(
            "tracking_fields", "The meeting's tracking fields.",
            items: [
                .string("field", "The tracking field's label."),
                .string("value", "The tracking field's value."),
            ], required: ["field"]),
        .object("recurrence", "When a recurring meeting with a fixed time (type 8) repeats.", required: ["type"]),
        .object("settings", "The meeting's settings."),
    ]

    static let recurrenceFields: [MeetingField] = [
        .integerEnum(
            "recurrence.type", "How the meeting repeats.",
            [
                .int(1, "daily", summary: "Daily."),
                .int(2, "weekly", summary: "Weekly."),
                .int(3, "monthly", summary: "Monthly."),
            ]),
        .integer(
            "recurrence.repeat_interval",
            "Repeat every N days (at most 99), weeks (at most 50) or months (at most 10); default 1.",
            min: 1, max: 99),
        .stringEnum(
            "recurrence.weekly_days",
            "Weekly: the days, comma-separated, 1 = Sunday … 7 = Saturday (`2,4` = Monday and Wednesday).",
            default: "1", MeetingFieldEnumValue.weekdayStrings, listSeparator: ","),
        .integer(
            "recurrence.monthly_day", "Monthly: the day of the month, 1 to 31.", min: 1, max: 31, default: 1),
        .integerEnum(
            "recurrence.monthly_week", "Monthly: the week of the month; used with `monthly_week_day`.",
            [
                .int(-1, "last", summary: "The last week of the month."),
                .int(1, "first", "1st", summary: "The first week."),
                .int(2, "second", "2nd", summary: "The second week."),
                .int(3, "third", "3rd", summary: "The third week."),
                .int(4, "fourth", "4th", summary: "The fourth week."),
            ]),
        .integerEnum(
            "recurrence.monthly_week_day",
            "Monthly: the weekday (1 = Sunday … 7 = Saturday); used with `monthly_week`.",
            MeetingFieldEnumValue.weekdayNumbers),
        .integer(
            "recurrence.end_times",
            "How many occurrences, at most 60 (0 = no end); not with `end_date_time`.", min: 0, max: 60, default: 1),
        .dateTime(
            "recurrence.end_date_time", "The last date the meeting recurs on, in UTC (`…Z`); not with `end_times`."),
    ]
}
