import Testing

@testable import ZoomModels

struct MeetingFieldCatalogTests {
    let catalog = MeetingFieldCatalog.standard

    @Test func looksUpPathsAndAliasesCaseInsensitively() throws {
        #expect(catalog.field("topic")?.kind == .string)
        #expect(catalog.field("start")?.path == "start_time")
        #expect(catalog.field("tz")?.path == "timezone")
        #expect(catalog.field("passcode")?.path == "password")
        #expect(catalog.field("Settings.Host_Video")?.path == "settings.host_video")
        #expect(catalog.field("host") == nil, "host is not a body field; the shell handles it")
        #expect(catalog.field("settings.nope") == nil)
        #expect(catalog.field(exactPath: "Settings.host_video") == nil)
        #expect(catalog.canonicalPath(" start ") == "start_time")
    }

    @Test func describesKindsEnumsAndLimits() throws {
        let type = try #require(catalog.field("type"))
        #expect(type.kind == .integerEnum)
        #expect(type.enumValue(named: "recurring-fixed")?.value == 8)
        #expect(type.enumValue(named: "8")?.value == 8)
        #expect(type.enumValue(named: "Screen_Share")?.value == 10)
        #expect(type.defaultValue == 2)
        let duration = try #require(catalog.field("duration"))
        #expect(duration.minimum == 1 && duration.maximum == 1440 && duration.isDuration)
        #expect(catalog.field("topic")?.maxLength == 200)
        #expect(catalog.field("agenda")?.maxLength == 2000)
        #expect(catalog.field("settings.audio_conference_info")?.maxLength == 2048)
        #expect(catalog.field("settings.cn_meeting")?.isDeprecated == true)
        let channels = try #require(catalog.field("settings.auto_add_recording_to_video_management.channels"))
        #expect(channels.kind == .objectArray && channels.maxItems == 5 && channels.requiredKeys == ["channel_id"])
        #expect(catalog.field("settings.meeting_invitees")?.itemField("email")?.format == "email")
        #expect(catalog.field("settings.global_dial_in_countries")?.kind == .stringArray)
        #expect(catalog.field("settings.waiting_room_options")?.requiredKeys == ["mode"])
        #expect(catalog.field("recurrence")?.requiredKeys == ["type"])
        #expect(catalog.field("recurrence.weekly_days")?.listSeparator == ",")
    }

    @Test func marksCreateOnlyAndUpdateOnlyFields() {
        #expect(catalog.field("default_password")?.isCreateOnly == true)
        #expect(catalog.field("settings.show_join_info")?.isCreateOnly == true)
        #expect(catalog.field("settings.additional_data_center_regions")?.isCreateOnly == true)
        #expect(catalog.field("settings.enforce_login")?.isUpdateOnly == true)
        #expect(catalog.field("settings.custom_keys")?.isUpdateOnly == true)
        #expect(catalog.field("topic")?.operations == .both)
        #expect(!catalog.paths(for: .update).contains("default_password"))
        #expect(!catalog.paths(for: .create).contains("settings.enforce_login"))
        #expect(catalog.field("settings.authentication_exception")?.itemField("join_url")?.isUpdateOnly == true)
    }

    @Test func listsPathsAndChildrenForCompletion() {
        #expect(catalog.allPaths.count == Set(catalog.allPaths).count, "paths are unique")
        #expect(catalog.allPaths.contains("settings.question_and_answer.enable"))
        #expect(catalog.allPaths.contains("settings.approved_or_denied_countries_or_regions.method"))
        #expect(
            catalog.children(of: "settings.waiting_room_options").map(\.key) == ["mode", "who_goes_to_waiting_room"])
        #expect(catalog.children(of: "").map(\.path).contains("recurrence"))
        #expect(!catalog.children(of: "").map(\.path).contains("recurrence.type"))
        #expect(catalog.children(of: "recurrence.").count == 8)
        #expect(
            catalog.completions(for: "settings.wa") == [
                "settings.waiting_room", "settings.waiting_room_options", "settings.watermark",
            ])
        #expect(
            catalog.completions(for: "settings.waiting_room_options.") == [
                "settings.waiting_room_options.mode", "settings.waiting_room_options.who_goes_to_waiting_room",
            ])
        #expect(catalog.completions(for: "st") == ["start", "start_time"])
        #expect(catalog.completions(for: "zzz").isEmpty)
    }

    @Test func namesEnumValues() {
        #expect(
            catalog.valueNames(for: "settings.audio") == ["both", "telephony", "voip", "third-party", "thirdParty"])
        #expect(catalog.valueNames(for: "type").prefix(2) == ["instant", "1"])
        #expect(catalog.valueNames(for: "recurrence.monthly_week").contains("last"))
        #expect(catalog.valueNames(for: "settings.host_video") == ["on", "off", "true", "false", "yes", "no"])
        #expect(catalog.valueNames(for: "topic").isEmpty)
        #expect(catalog.valueNames(for: "nope").isEmpty)
        #expect(catalog.field("settings.approval_type")?.enumValue(named: "manual")?.value == 1)
        #expect(catalog.field("settings.jbh_time")?.enumValue(named: "10")?.value == 10)
        #expect(catalog.field("recurrence.monthly_week_day")?.enumValue(named: "Fri")?.value == 6)
        #expect(catalog.field("settings.who_will_receive_summary")?.enumValue(named: "all-invitees")?.value == 4)
    }

    @Test func suggestsCloseFieldNames() {
        #expect(catalog.suggestions(for: "topik").first == "topic")
        #expect(catalog.suggestions(for: "settings.host_vide").first == "settings.host_video")
        #expect(catalog.suggestions(for: "completely-unrelated-words").isEmpty)
    }

    @Test func everyFieldHasASummaryAndItsParentIsAnObject() {
        for field in catalog.fields {
            #expect(!field.summary.isEmpty, "\(field.path)")
            if !field.parentPath.isEmpty {
                #expect(catalog.field(exactPath: field.parentPath)?.kind == .object, "\(field.path)")
            }
        }
    }

    @Test func enumFieldsHaveNamesForNumbers() {
        for field in MeetingFieldCatalog.standard.fields where field.kind == .integerEnum {
            let unnamed = field.enumValues.filter(\.names.isEmpty)
            #expect(unnamed.isEmpty, "\(field.path) has integer values without a friendly name")
        }
    }
}
