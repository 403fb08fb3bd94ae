import Testing

@testable import ZoomModels

struct MeetingDraftTests {
    @Test func setKeepsTheOrderAndBuildsNestedObjects() throws {
        var draft = MeetingDraft()
        #expect(try draft.set("topic", text: "Weekly sync") == "topic")
        #expect(try draft.set("start", text: "2026-12-01T10:00:00") == "start_time")
        try draft.set("tz", text: "Europe/Madrid")
        try draft.set("duration", text: "1h30m")
        try draft.set("settings.waiting_room_options.mode", text: "follow_setting")
        try draft.set("settings.host_video", text: "on")
        #expect(draft.body.keys == ["topic", "start_time", "timezone", "duration", "settings"])
        #expect(
            draft.requestBody(for: .create).json.compactText
                == #"{"topic":"Weekly sync","start_time":"2026-12-01T10:00:00","timezone":"Europe/Madrid","#
                + #""duration":90,"settings":{"waiting_room_options":{"mode":"follow_setting"},"host_video":true}}"#)
        #expect(draft.value(at: "start") == "2026-12-01T10:00:00")
        #expect(
            draft.setPaths == [
                "topic", "start_time", "timezone", "duration", "settings.waiting_room_options.mode",
                "settings.host_video",
            ])
    }

    @Test func settingAgainReplacesTheValueInPlace() throws {
        var draft = MeetingDraft()
        try draft.set("topic", text: "A")
        try draft.set("duration", text: "30")
        try draft.set("topic", text: "B")
        #expect(draft.body.keys == ["topic", "duration"])
        #expect(draft.value(at: "topic") == "B")
    }

    @Test func refusedValuesLeaveTheDraftAlone() throws {
        var draft = MeetingDraft()
        try draft.set("settings.audio", text: "voip")
        #expect(throws: MeetingFieldError.self) { try draft.set("settings.audio", text: "voice") }
        #expect(draft.value(at: "settings.audio") == "voip")
        do {
            try draft.set("topik", text: "x")
            Issue.record("an unknown field was accepted")
        } catch {
            #expect(error.kind == .unknownField)
            #expect(error.message == "unknown field 'topik': not a field of Zoom's meeting body (did you mean topic?)")
            #expect(error.allowed.first == "topic")
        }
        #expect(throws: MeetingFieldError.self) { try draft.set("duration", value: "60") }
        #expect(throws: MeetingFieldError.self) { try draft.set("settings.jbh_time", value: 7) }
    }

    @Test func setsJSONValuesAndWholeObjects() throws {
        var draft = MeetingDraft()
        try draft.set("recurrence", value: ["type": 1, "repeat_interval": 2])
        try draft.set("recurrence.end_times", value: 5)
        #expect(draft.value(at: "recurrence") == ["type": 1, "repeat_interval": 2, "end_times": 5])
        try draft.set("recurrence", text: #"{"type":2,"weekly_days":"2"}"#)
        #expect(draft.value(at: "recurrence") == ["type": 2, "weekly_days": "2"], "setting an object replaces it")
        try draft.set("settings.meeting_invitees", text: #"[{"email":"a@b.c"}]"#)
        #expect(draft.value(at: "settings.meeting_invitees") == [["email": "a@b.c"]])
    }

    @Test func unsetRemovesEmptyParents() throws {
        var draft = MeetingDraft()
        try draft.set("topic", text: "T")
        try draft.set("settings.question_and_answer.enable", text: "on")
        #expect(try draft.unset("settings.question_and_answer.enable"))
        #expect(draft.body.keys == ["topic"], "settings and question_and_answer were left empty and removed")
        #expect(try draft.unset("settings.question_and_answer.enable") == false)
        #expect(try draft.unset("passcode") == false)
        #expect(throws: MeetingFieldError.self) { try draft.unset("nope") }
        try draft.set("settings.host_video", text: "on")
        try draft.set("settings.mute_upon_entry", text: "on")
        try draft.unset("settings.host_video")
        #expect(draft.value(at: "settings") == ["mute_upon_entry": true])
        draft.reset()
        #expect(draft.isEmpty)
        #expect(draft.requestBody(for: .create).json == .object(JSONObject()))
    }

    @Test func updateBodiesLeaveOutCreateOnlyFieldsAndSayWhich() throws {
        var draft = MeetingDraft()
        try draft.set("topic", text: "T")
        try draft.set("default_password", text: "off")
        try draft.set("settings.show_join_info", text: "on")
        try draft.set("settings.enforce_login", text: "on")
        try draft.set("settings.authentication_exception", text: #"[{"email":"a@b.c","join_url":"https://j"}]"#)
        let update = draft.requestBody(for: .update)
        #expect(update.omitted == ["default_password", "settings.show_join_info"])
        #expect(update.json.value(atPath: "settings.enforce_login") == true)
        #expect(update.json.value(atPath: "settings.authentication_exception")?[0]?["join_url"] == "https://j")
        let create = draft.requestBody(for: .create)
        #expect(create.omitted == ["settings.enforce_login", "settings.authentication_exception[].join_url"])
        #expect(create.json.value(atPath: "default_password") == false)
        #expect(create.json.value(atPath: "settings.authentication_exception") == [["email": "a@b.c"]])
        #expect(draft.validate(for: .update).errors.isEmpty)
    }

    @Test func loadKeepsTheCreateBodyFieldsOfAMeeting() throws {
        let meeting = try JSONValue(
            parsing: """
                {"id":85746065123,"uuid":"aDYlohsHRtCd4ii1uC2+hA==","host_id":"h","host_email":"h@x.com",
                 "topic":"Sync","type":8,"status":"waiting","start_time":"2026-12-01T09:00:00Z","duration":45,
                 "timezone":"Europe/Madrid","agenda":"a","created_at":"2026-11-01T00:00:00Z","join_url":"https://j",
                 "start_url":"https://s","password":"123","h323_password":"123","pstn_password":"123",
                 "encrypted_password":"e","pre_schedule":false,"pmi":"123",
                 "occurrences":[{"occurrence_id":"1","start_time":"2026-12-01T09:00:00Z","duration":45,
                   "status":"available"}],
                 "tracking_fields":[{"field":"f","value":"v","visible":true}],
                 "recurrence":{"type":2,"weekly_days":"2","end_times":3},
                 "settings":{"host_video":true,"global_dial_in_numbers":[{"number":"+1"}],"enforce_login":false,
                   "approval_type":2,"encryption_type":"enhanced_encryption","brand_new_setting":1,
                   "waiting_room_options":{"mode":"follow_setting"}},
                 "creation_source":"open_api","dynamic_host_key":"k"}
                """)
        let load = MeetingDraft.load(from: meeting)
        let body = load.draft.requestBody(for: .create)
        #expect(body.json.value(atPath: "id") == nil)
        #expect(
            body.body.keys == [
                "topic", "type", "start_time", "duration", "timezone", "agenda", "password", "pre_schedule",
                "tracking_fields", "recurrence", "settings",
            ])
        #expect(body.json.value(atPath: "start_time") == "2026-12-01T09:00:00Z")
        #expect(body.json.value(atPath: "tracking_fields") == [["field": "f", "value": "v"]])
        #expect(
            body.json.value(atPath: "settings") == [
                "host_video": true, "approval_type": 2, "encryption_type": "enhanced_encryption",
                "waiting_room_options": ["mode": "follow_setting"],
            ])
        for path in [
            "id", "uuid", "join_url", "start_url", "occurrences", "settings.global_dial_in_numbers",
            "settings.enforce_login", "settings.brand_new_setting", "tracking_fields[].visible", "dynamic_host_key",
        ] {
            #expect(load.dropped.contains(path), "\(path) should be reported as dropped")
        }
        #expect(load.draft.validate(for: .create).errors.isEmpty)
    }

    @Test func loadDropsValuesACreateBodyRefuses() throws {
        let load = MeetingDraft.load(from: ["id": 1, "type": 4, "topic": "PMI room"])
        #expect(load.draft.body.keys == ["topic"])
        #expect(load.dropped == ["id", "type"])
    }
}
