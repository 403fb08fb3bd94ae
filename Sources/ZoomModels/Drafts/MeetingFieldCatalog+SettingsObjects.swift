import Foundation

// The object and array `settings.*` keys of the meeting bodies and their nested keys,
// from Zoom's Meetings OpenAPI spec.
extension MeetingFieldCatalog {
    static let settingsObjectFields: [MeetingField] = [
        .object(
            "settings.waiting_room_options", "Who goes to the waiting room (needs `waiting_room`).",
            required: ["mode"]),
        .stringEnum(
            "settings.waiting_room_options.mode", "Follow the web portal setting, or choose here.",
            [
                .text("follow_setting", summary: "Use the web portal setting."),
                .text("custom", summary: "Choose with `who_goes_to_waiting_room`."),
            ]),
        .stringEnum(
            "settings.waiting_room_options.who_goes_to_waiting_room", "With mode `custom`: who waits.",
            [
                .text("everyone", summary: "Everyone."),
                .text("users_not_in_account", summary: "Users not in the account."),
                .text(
                    "users_not_in_account_or_whitelisted_domains",
                    summary: "Users not in the account and not in an allowed domain."),
                .text("users_not_on_invite", summary: "Users not on the meeting invite."),
            ]),
        .objectArray(
            "settings.meeting_invitees", "The meeting's invitees.",
            items: [.string("email", "The invitee's email address.", format: "email")]),
        .stringArray("settings.global_dial_in_countries", "The global dial-in countries (country codes)."),
        .objectArray(
            "settings.global_dial_in_numbers", "The global dial-in numbers (update only).",
            items: [
                .string("city", "The number's city."),
                .string("country", "The country code (`BR`)."),
                .string("country_name", "The country's name."),
                .string("number", "The phone number."),
                .stringEnum(
                    "type", "Toll or toll-free.",
                    [.text("toll", summary: "A toll number."), .text("tollfree", summary: "A toll-free number.")]),
            ], .update),
        .stringArray(
            "settings.additional_data_center_regions",
            "More data center regions (country codes) opted out of in the user settings (create only).", .create),
        .objectArray(
            "settings.authentication_exception", "Participants who may bypass authentication.",
            items: [
                .string("email", "The participant's email address.", format: "email"),
                .string("name", "The participant's name."),
                .string("join_url", "The participant's join URL (update only).", .update),
            ]),
        .objectArray(
            "settings.custom_keys", "Custom keys and values of the meeting (update only).",
            items: [
                .string("key", "The custom key.", maxLength: 64),
                .string("value", "The custom key's value.", maxLength: 256),
            ], maxItems: 10, .update),
        .object(
            "settings.approved_or_denied_countries_or_regions", "Allow or block users from countries or regions."),
        .boolean("settings.approved_or_denied_countries_or_regions.enable", "Use the country/region list."),
        .stringEnum(
            "settings.approved_or_denied_countries_or_regions.method", "Allow the listed ones, or block them.",
            [
                .text("approve", summary: "Allow users from `approved_list`."),
                .text("deny", summary: "Block users from `denied_list`."),
            ]),
        .stringArray(
            "settings.approved_or_denied_countries_or_regions.approved_list", "The allowed countries or regions."),
        .stringArray(
            "settings.approved_or_denied_countries_or_regions.denied_list", "The blocked countries or regions."),
        .object("settings.breakout_room", "Pre-assigned breakout rooms."),
        .boolean("settings.breakout_room.enable", "Pre-assign breakout rooms."),
        .objectArray(
            "settings.breakout_room.rooms", "The breakout rooms.",
            items: [
                .string("name", "The room's name."),
                .stringArray("participants", "The email addresses of the room's participants."),
            ]),
        .object("settings.language_interpretation", "Language interpretation (on plans that have it)."),
        .boolean("settings.language_interpretation.enable", "Use language interpretation."),
        .objectArray(
            "settings.language_interpretation.interpreters", "The language interpreters.",
            items: [
                .string("email", "The interpreter's email address.", format: "email"),
                .string("languages", "Two country IDs, comma-separated (`US,CN`).", deprecated: true),
                .string("interpreter_languages", "Exactly two languages, comma-separated (`English,French`)."),
            ]),
        .object("settings.sign_language_interpretation", "Sign language interpretation."),
        .boolean("settings.sign_language_interpretation.enable", "Use sign language interpretation."),
        .objectArray(
            "settings.sign_language_interpretation.interpreters", "The sign language interpreters, at most 20.",
            items: [
                .string("email", "The interpreter's email address.", format: "email"),
                .string("sign_language", "The interpreter's sign language."),
            ], maxItems: 20),
        .object("settings.question_and_answer", "Q&A in the meeting."),
        .boolean("settings.question_and_answer.enable", "Enable Q&A."),
        .boolean("settings.question_and_answer.allow_submit_questions", "Let participants submit questions."),
        .boolean("settings.question_and_answer.allow_anonymous_questions", "Allow anonymous questions."),
        .stringEnum(
            "settings.question_and_answer.question_visibility", "Which questions attendees see.",
            [
                .text("answered", summary: "Answered questions only."),
                .text("all", summary: "All questions."),
            ]),
        .boolean("settings.question_and_answer.attendees_can_comment", "Let attendees answer or comment."),
        .boolean("settings.question_and_answer.attendees_can_upvote", "Let attendees upvote questions."),
        .object("settings.continuous_meeting_chat", "Continuous meeting chat (types 2, 3 and 8)."),
        .boolean("settings.continuous_meeting_chat.enable", "Enable continuous meeting chat."),
        .boolean(
            "settings.continuous_meeting_chat.auto_add_invited_external_users",
            "Add invited external users to the chat automatically.", deprecated: true),
        .boolean(
            "settings.continuous_meeting_chat.auto_add_meeting_participants",
            "Add meeting participants to the chat automatically.", deprecated: true),
        .object(
            "settings.auto_add_recording_to_video_management",
            "Add recordings to video management channels (needs Zoom Support).", required: ["enable"]),
        .boolean(
            "settings.auto_add_recording_to_video_management.enable", "Add the recording to video management.",
            default: false),
        .objectArray(
            "settings.auto_add_recording_to_video_management.channels", "The channels, 1 to 5.",
            items: [
                .string("channel_id", "The channel's ID."),
                .string("name", "The channel's name."),
            ], required: ["channel_id"], minItems: 1, maxItems: 5),
        .objectArray(
            "settings.resources", "The meeting's resources (whiteboards).",
            items: [
                .stringEnum("resource_type", "The resource type.", [.text("whiteboard", summary: "A whiteboard.")]),
                .string("resource_id", "The resource's ID."),
                .stringEnum(
                    "permission_level", "What people with the link may do.", default: "editor",
                    [
                        .text("editor", summary: "Edit the board."),
                        .text("commenter", summary: "Comment on the board."),
                        .text("viewer", summary: "View the board."),
                    ]),
            ]),
    ]
}
