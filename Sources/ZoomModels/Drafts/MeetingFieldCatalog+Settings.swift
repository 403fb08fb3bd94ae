import Foundation

// The scalar `settings.*` keys of the meeting bodies (booleans, numbers, strings, enums),
// from Zoom's Meetings OpenAPI spec. Objects and arrays are in `+SettingsObjects`.
extension MeetingFieldCatalog {
    static let settingsScalarFields: [MeetingField] = [
        .boolean("settings.host_video", "Start the meeting with the host's video on."),
        .boolean("settings.participant_video", "Start the meeting with participants' video on."),
        .boolean(
            "settings.join_before_host",
            "Let participants join before the host (types 2, 3, 8); off with a waiting room.",
            default: false),
        .integerEnum(
            "settings.jbh_time", "With `join_before_host`: how early participants may join.",
            [
                .int(0, "anytime", summary: "At any time."),
                .int(5, "5m", summary: "5 minutes before the start."),
                .int(10, "10m", summary: "10 minutes before the start."),
                .int(15, "15m", summary: "15 minutes before the start."),
            ]),
        .boolean("settings.mute_upon_entry", "Mute participants when they join.", default: false),
        .boolean("settings.watermark", "Add a watermark when a shared screen is viewed."),
        .boolean("settings.use_pmi", "Use the host's Personal Meeting ID (types 2 and 3)."),
        .integerEnum(
            "settings.approval_type", "Registration: how registrations are approved.", default: 2,
            [
                .int(0, "automatic", "auto", summary: "Approve registrations automatically."),
                .int(1, "manual", summary: "Approve registrations manually."),
                .int(2, "none", "no-registration", summary: "No registration required."),
            ]),
        .integerEnum(
            "settings.registration_type", "Registration for a recurring meeting with a fixed time (type 8).",
            default: 1,
            [
                .int(1, "once", "once-attend-any", summary: "Register once and attend any occurrence."),
                .int(2, "each", "each-occurrence", summary: "Register for each occurrence."),
                .int(3, "choose", "once-choose", summary: "Register once and choose occurrences to attend."),
            ]),
        .stringEnum(
            "settings.audio", "How participants join the audio.", default: "both",
            [
                .text("both", summary: "Telephony and VoIP."),
                .text("telephony", summary: "Telephony only."),
                .text("voip", summary: "VoIP only."),
                .text("thirdParty", "third-party", summary: "A third-party audio conference."),
            ]),
        .stringEnum(
            "settings.auto_recording", "Record automatically.", default: "none",
            [
                .text("local", summary: "Record on the host's computer."),
                .text("cloud", summary: "Record to the cloud."),
                .text("none", "off", summary: "Do not record automatically."),
            ]),
        .string(
            "settings.alternative_hosts",
            "The alternative hosts' email addresses or IDs, separated by semicolons."),
        .boolean(
            "settings.alternative_hosts_email_notification", "Send email notifications to alternative hosts.",
            default: true),
        .boolean(
            "settings.alternative_host_update_polls", "Let alternative hosts add or edit polls (client 5.8.0+)."),
        .boolean(
            "settings.alternative_host_manage_meeting_summary", "Let alternative hosts manage meeting summaries."),
        .boolean(
            "settings.alternative_host_manage_cloud_recording", "Let alternative hosts manage cloud recordings."),
        .boolean(
            "settings.email_notification", "Send email notifications to alternative hosts and schedulers.",
            default: true),
        .boolean("settings.meeting_authentication", "Only authenticated users can join."),
        .string(
            "settings.authentication_option",
            "With `meeting_authentication`: the authentication option's ID (from the user's settings)."),
        .string(
            "settings.authentication_domains",
            "The domains whose users may join, comma-separated; wildcards allowed."),
        .string(
            "settings.authentication_name", "The authentication name from the authentication profile (update only).",
            .update),
        .stringEnum(
            "settings.encryption_type", "The kind of encryption.",
            [
                .text("enhanced_encryption", "enhanced", summary: "Enhanced encryption, keys in the cloud."),
                .text("e2ee", "end-to-end", summary: "End-to-end encryption, keys on the devices."),
            ]),
        .boolean("settings.private_meeting", "Mark the meeting private."),
        .boolean("settings.internal_meeting", "Mark the meeting internal.", default: false),
        .integerEnum(
            "settings.calendar_type", "The calendar integration the meeting was scheduled with.",
            [
                .int(1, "outlook", summary: "The Zoom Outlook add-in."),
                .int(2, "google", "google-workspace", summary: "The Zoom for Google Workspace add-on."),
            ]),
        .string("settings.audio_conference_info", "Third-party audio conference details.", maxLength: 2048),
        .boolean("settings.close_registration", "Close registration after the meeting date.", default: false),
        .string("settings.contact_name", "The contact name for registration."),
        .string("settings.contact_email", "The contact email address for registration."),
        .boolean("settings.registrants_confirmation_email", "Send registrants a confirmation email."),
        .boolean(
            "settings.registrants_email_notification",
            "Email registrants about approval, cancellation or rejection."),
        .boolean("settings.show_share_button", "Show social sharing buttons on the registration page."),
        .boolean(
            "settings.show_join_info", "Show join information on the registration confirmation page (create only).",
            .create),
        .boolean("settings.allow_multiple_devices", "Let registrants join from several devices."),
        .boolean("settings.focus_mode", "Start the meeting in focus mode."),
        .boolean("settings.host_save_video_order", "Let the host save the video order."),
        .boolean(
            "settings.participant_focused_meeting", "Make it a participant-focused meeting.", default: false),
        .boolean("settings.push_change_to_calendar", "Push meeting changes to the calendar.", default: false),
        .boolean("settings.auto_start_meeting_summary", "Start a meeting summary automatically."),
        .integerEnum(
            "settings.who_will_receive_summary", "With `auto_start_meeting_summary`: who receives the summary.",
            [
                .int(1, "host", summary: "Only the host."),
                .int(
                    2, "hosts", "host-cohosts-alternative-hosts", summary: "The host, co-hosts and alternative hosts."),
                .int(3, "org-invitees", "host-and-org-invitees", summary: "The host and invitees in the organisation."),
                .int(4, "all-invitees", "everyone", summary: "All invitees, also outside the organisation."),
            ]),
        .boolean("settings.auto_start_ai_companion_questions", "Start AI Companion questions automatically."),
        .integerEnum(
            "settings.who_can_ask_questions",
            "With `auto_start_ai_companion_questions`: who may ask about the transcript.",
            [
                .int(1, "all", "all-participants-and-invitees", summary: "All participants and invitees."),
                .int(2, "participants-from-join", summary: "All participants, from when they join."),
                .int(3, "host", "host-only", summary: "Only the host."),
                .int(
                    4, "org", "org-participants-and-invitees", summary: "Participants and invitees in the organisation."
                ),
                .int(
                    5, "org-from-join", "org-participants-from-join",
                    summary: "Organisation participants, from when they join."),
            ]),
        .string("settings.summary_template_id", "The ID of the summary template for meeting summaries."),
        .boolean("settings.device_testing", "Enable device testing.", default: false),
        .boolean(
            "settings.request_permission_to_unmute_participants",
            "Ask permission to unmute participants; not with `allow_host_control_participant_mute_state`.",
            default: false),
        .boolean(
            "settings.allow_host_control_participant_mute_state",
            "Let hosts fully control participants' mute state; not with `request_permission_to_unmute_participants`."),
        .boolean(
            "settings.disable_participant_video", "Disable participants' video (needs Zoom Support).", default: false),
        .boolean("settings.email_in_attendee_report", "Include authenticated guests' emails in attendee reports."),
        .boolean("settings.cn_meeting", "Host the meeting in China.", default: false, deprecated: true),
        .boolean("settings.in_meeting", "Host the meeting in India.", default: false, deprecated: true),
        .boolean("settings.waiting_room", "Put participants in a waiting room; turns `join_before_host` off."),
        .boolean("settings.enforce_login", "Only signed-in users can join (update only).", deprecated: true, .update),
        .string(
            "settings.enforce_login_domains", "Only signed-in users of these domains can join (update only).",
            deprecated: true, .update),
    ]
}
