import ZoomModels

/// What Zoom fills in for the settings a create body leaves out, in the order Zoom answers them.
enum MeetingDefaults {
    static let settings: JSONObject = JSONObject([
        ("host_video", false),
        ("participant_video", false),
        ("cn_meeting", false),
        ("in_meeting", false),
        ("join_before_host", false),
        ("jbh_time", 0),
        ("mute_upon_entry", false),
        ("watermark", false),
        ("use_pmi", false),
        ("approval_type", 2),
        ("audio", "both"),
        ("auto_recording", "none"),
        ("enforce_login", false),
        ("enforce_login_domains", ""),
        ("alternative_hosts", ""),
        ("alternative_host_update_polls", false),
        ("close_registration", false),
        ("show_share_button", false),
        ("allow_multiple_devices", false),
        ("registrants_confirmation_email", true),
        ("waiting_room", false),
        ("request_permission_to_unmute_participants", false),
        ("global_dial_in_countries", ["US"]),
        (
            "global_dial_in_numbers",
            [
                [
                    "country_name": "US", "city": "New York", "number": "+1 555 010 0100", "type": "toll",
                    "country": "US",
                ],
                [
                    "country_name": "US", "city": "San Jose", "number": "+1 555 010 0199", "type": "toll",
                    "country": "US",
                ],
            ]
        ),
        ("registrants_email_notification", true),
        ("meeting_authentication", false),
        ("encryption_type", "enhanced_encryption"),
        ("approved_or_denied_countries_or_regions", ["enable": false]),
        ("breakout_room", ["enable": false]),
        ("internal_meeting", false),
        (
            "continuous_meeting_chat",
            ["enable": false, "auto_add_invited_external_users": false, "auto_add_meeting_participants": false]
        ),
        ("participant_focused_meeting", false),
        ("push_change_to_calendar", false),
        ("resources", []),
        ("alternative_hosts_email_notification", true),
        ("show_join_info", false),
        ("device_testing", false),
        ("focus_mode", false),
        ("meeting_invitees", []),
        ("private_meeting", false),
        ("email_notification", true),
        ("host_save_video_order", false),
        ("sign_language_interpretation", ["enable": false]),
        ("email_in_attendee_report", false),
        ("auto_start_meeting_summary", false),
        ("auto_start_ai_companion_questions", false),
        ("disable_participant_video", false),
    ])

    /// `base` with `changes` laid over it: objects merge key by key, other values replace.
    static func merge(_ base: JSONObject, _ changes: JSONObject) -> JSONObject {
        var merged = base
        for (key, value) in changes {
            if case .object(let change) = value, case .object(let existing)? = merged[key] {
                merged[key] = .object(merge(existing, change))
            } else {
                merged[key] = value
            }
        }
        return merged
    }

    /// The order of a meeting object's keys, as Zoom answers them.
    static let keyOrder = [
        "uuid", "id", "host_id", "host_email", "assistant_id", "topic", "type", "status", "start_time", "duration",
        "timezone", "agenda", "created_at", "start_url", "join_url", "registration_url", "password",
        "h323_password", "pstn_password", "encrypted_password", "pmi", "tracking_fields", "occurrences",
        "settings", "recurrence", "pre_schedule", "template_id", "creation_source",
    ]

    /// `object` with its keys in `keyOrder` (others after them, in their order).
    static func ordered(_ object: JSONObject) -> JSONObject {
        var result = JSONObject()
        for key in keyOrder { if let value = object[key] { result[key] = value } }
        for (key, value) in object where result[key] == nil { result[key] = value }
        return result
    }
}
