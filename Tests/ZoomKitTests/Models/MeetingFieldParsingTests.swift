import Testing

@testable import ZoomModels

struct MeetingFieldParsingTests {
    func parse(_ path: String, _ text: String) throws -> JSONValue {
        let field = try #require(MeetingFieldCatalog.standard.field(path))
        return try field.parseValue(text)
    }

    func failure(_ path: String, _ text: String) throws -> MeetingFieldError {
        let field = try #require(MeetingFieldCatalog.standard.field(path))
        do {
            let value = try field.parseValue(text)
            Issue.record("\(path) '\(text)' was accepted as \(value.compactText)")
            return MeetingFieldError(kind: .invalidValue, path: path, message: "")
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("on", true), ("OFF", false), ("true", true), ("false", false), ("yes", true), (" no ", false),
    ])
    func booleans(text: String, expected: Bool) throws {
        #expect(try parse("settings.host_video", text) == .bool(expected))
    }

    @Test func badBooleanNamesTheFieldAndTheChoices() throws {
        let error = try failure("settings.host_video", "maybe")
        #expect(error.message == "settings.host_video: 'maybe' is not a boolean: use on, off, true, false, yes or no")
        #expect(error.kind == .invalidValue && error.value == "maybe")
    }

    @Test(arguments: [
        ("45", 45), ("45m", 45), ("1h30m", 90), ("2h", 120), ("1h 5m", 65), ("90min", 90), ("1440", 1440),
    ])
    func durations(text: String, minutes: Int64) throws {
        #expect(try parse("duration", text) == .int(minutes))
    }

    @Test func badDurations() throws {
        #expect(
            try failure("duration", "soon").message.contains(
                "'soon' is not a duration: use minutes (45), 45m, 1h30m or 2h"))
        #expect(try failure("duration", "30m1h").message.contains("is not a duration"))
        #expect(try failure("duration", "0").message == "duration: 0 is out of range: 1 to 1440 minutes")
        #expect(try failure("duration", "25h").message == "duration: 1500 is out of range: 1 to 1440 minutes")
    }

    @Test func integers() throws {
        #expect(try parse("recurrence.monthly_day", "15") == 15)
        #expect(try parse("recurrence.end_times", "0") == 0)
        #expect(
            try failure("recurrence.monthly_day", "32").message == "recurrence.monthly_day: 32 is out of range: 1 to 31"
        )
        #expect(
            try failure("recurrence.end_times", "61").message == "recurrence.end_times: 61 is out of range: 0 to 60")
        #expect(
            try failure("recurrence.repeat_interval", "two").message
                == "recurrence.repeat_interval: 'two' is not a whole number")
    }

    @Test func enumsByNameOrNumber() throws {
        #expect(try parse("type", "recurring-fixed") == 8)
        #expect(try parse("type", "8") == 8)
        #expect(try parse("type", "Scheduled") == 2)
        #expect(try parse("settings.audio", "voip") == "voip")
        #expect(try parse("settings.audio", "VoIP") == "voip")
        #expect(try parse("settings.audio", "third-party") == "thirdParty")
        #expect(try parse("settings.approval_type", "none") == 2)
        #expect(try parse("settings.jbh_time", "anytime") == 0)
        #expect(try parse("recurrence.monthly_week", "last") == -1)
        #expect(try parse("recurrence.monthly_week_day", "fri") == 6)
        #expect(try parse("recurrence.type", "monthly") == 3)
        #expect(try parse("settings.waiting_room_options.mode", "custom") == "custom")
    }

    @Test func badEnumsListTheAllowedSet() throws {
        let audio = try failure("settings.audio", "voice")
        #expect(audio.message == "settings.audio: 'voice' is not one of both, telephony, voip, thirdParty")
        #expect(audio.allowed.contains("voip"))
        #expect(
            try failure("type", "9").message == """
                type: '9' is not one of instant (1), scheduled (2), recurring-no-fixed (3), recurring-fixed (8), \
                screen-share (10)
                """)
        #expect(
            try failure("settings.jbh_time", "7").message.hasPrefix("settings.jbh_time: '7' is not one of anytime (0)"))
    }

    @Test func weeklyDaysByNameOrNumber() throws {
        #expect(try parse("recurrence.weekly_days", "mon,wed") == "2,4")
        #expect(try parse("recurrence.weekly_days", "2,4") == "2,4")
        #expect(try parse("recurrence.weekly_days", "Wednesday, monday, 2") == "2,4")
        #expect(try parse("recurrence.weekly_days", "sun") == "1")
        #expect(try parse("recurrence.weekly_days", "sat,sun") == "1,7")
        let error = try failure("recurrence.weekly_days", "mon,funday")
        #expect(error.message.hasPrefix("recurrence.weekly_days: 'funday' is not one of 1 (sun), 2 (mon)"))
        #expect(try failure("recurrence.weekly_days", "8").message.contains("'8' is not one of"))
        #expect(try failure("recurrence.weekly_days", ",").message.contains("names no value"))
    }

    @Test func strings() throws {
        #expect(try parse("topic", "Weekly sync") == "Weekly sync")
        #expect(try parse("password", "abc!@#") == "abc!@#")
        #expect(
            try failure("password", "12345678901").message
                == "password: is 11 characters long, more than the maximum of 10")
        #expect(
            try failure("topic", String(repeating: "t", count: 201)).message.contains("more than the maximum of 200"))
    }

    @Test func timeZones() throws {
        #expect(try parse("tz", "America/New_York") == "America/New_York")
        #expect(try parse("timezone", "UTC") == "UTC")
        #expect(
            try failure("tz", "Mars/Olympus").message
                == "timezone: 'Mars/Olympus' is not a time zone ID (such as Europe/Madrid, America/New_York or UTC)")
    }

    @Test func dateTimes() throws {
        #expect(try parse("start_time", "2026-12-01T10:00:00") == "2026-12-01T10:00:00")
        #expect(try parse("start", "2026-12-01T10:00:00Z") == "2026-12-01T10:00:00Z")
        #expect(try parse("recurrence.end_date_time", "2027-01-31T23:59:59Z") == "2027-01-31T23:59:59Z")
        #expect(try failure("start_time", "2026-02-30T10:00:00").message.contains("is not a date-time"))
        #expect(try failure("start_time", "tomorrow").message.hasPrefix("start_time: 'tomorrow' is not a date-time"))
    }

    @Test func stringArrays() throws {
        #expect(try parse("settings.global_dial_in_countries", "US, CN,,DE") == ["US", "CN", "DE"])
        #expect(try parse("settings.global_dial_in_countries", "[\"US\"]") == ["US"])
        #expect(try parse("settings.global_dial_in_countries", "") == [])
        #expect(
            try failure("settings.global_dial_in_countries", "[1]").message.contains(
                "settings.global_dial_in_countries[0]: must be a string"))
    }

    @Test func jsonForObjectsAndArraysOfObjects() throws {
        #expect(try parse("settings.meeting_invitees", "[{\"email\":\"a@b.c\"}]") == [["email": "a@b.c"]])
        #expect(try parse("settings.breakout_room", "{\"enable\":true}") == ["enable": true])
        #expect(
            try failure("settings.meeting_invitees", "[{\"email\":\"nobody\"}]").message
                == "settings.meeting_invitees[0].email: 'nobody' is not an email address")
        #expect(
            try failure("settings.meeting_invitees", "[{\"mail\":\"a@b.c\"}]").message.contains("unknown key 'mail'"))
        #expect(try failure("settings.meeting_invitees", "{oops").message.contains("is not a JSON array of objects"))
        #expect(
            try failure("settings.breakout_room", "{\"enable\":\"yes\"}").message == """
                settings.breakout_room.enable: must be a boolean (true or false), not the string 'yes'
                """)
        #expect(try failure("settings.waiting_room_options", "{}").message.contains("mode: is required"))
        #expect(
            try failure("tracking_fields", "[{\"value\":\"v\"}]").message.contains(
                "tracking_fields[0].field: is required"))
    }
}
