import Foundation
import TestSupport
import Testing

@testable import ZoomModels

/// Drafts with every field set, through `set` as a person types values: the create and update
/// bodies ZoomKit builds must pass ZoomKit's validation and Zoom's request schemas.
@Suite(.enabled(if: ZoomSpec.isAvailable, ZoomSpec.skipNote))
struct DraftSchemaTests {
    /// What a person would type for a field: valid for the field on its own.
    static func sampleText(_ field: MeetingField) -> String? {
        switch field.kind {
        case .boolean: return "on"
        case .integer: return field.isDuration ? "1h30m" : String(max(field.minimum ?? 1, 1))
        case .number: return "1.5"
        case .string: return field.format == "email" ? "ana@example.com" : "x"
        case .dateTime: return "2030-01-15T10:00:00Z"
        case .stringEnum: return field.listSeparator == nil ? field.enumValues.last?.displayName : "mon,wed"
        case .integerEnum: return field.enumValues.last?.displayName
        case .stringArray: return "US, CN"
        case .objectArray: return sampleJSON(field).compactText
        case .object: return nil
        }
    }

    static func sampleJSON(_ field: MeetingField) -> JSONValue {
        switch field.kind {
        case .objectArray:
            let pairs = field.itemFields.map { ($0.path, sampleJSON($0)) }
            return .array([.object(JSONObject(pairs))])
        case .stringArray: return .array(["ana@example.com"])
        case .stringEnum: return field.enumValues.last?.value ?? "x"
        case .boolean: return true
        default: return field.format == "email" ? "ana@example.com" : "x"
        }
    }

    /// Texts that replace the samples so that the fields go together.
    static let common: [String: String] = [
        "type": "recurring-fixed", "start_time": "2030-01-15T10:00:00", "timezone": "Europe/Madrid",
        "pre_schedule": "off", "settings.allow_host_control_participant_mute_state": "off",
        "recurrence.repeat_interval": "2",
    ]

    /// Three drafts that together set every field: weekly until a count, monthly by day until a
    /// date, monthly by weekday.
    static let variants: [[String: String?]] = [
        [
            "recurrence.type": "weekly", "recurrence.end_times": "10", "recurrence.end_date_time": nil,
            "recurrence.monthly_day": nil, "recurrence.monthly_week": nil, "recurrence.monthly_week_day": nil,
        ],
        [
            "recurrence.type": "monthly", "recurrence.monthly_day": "15", "recurrence.end_times": nil,
            "recurrence.end_date_time": "2030-06-30T22:00:00Z", "recurrence.weekly_days": nil,
            "recurrence.monthly_week": nil, "recurrence.monthly_week_day": nil,
        ],
        [
            "recurrence.type": "monthly", "recurrence.monthly_week": "last", "recurrence.monthly_week_day": "fri",
            "recurrence.monthly_day": nil, "recurrence.weekly_days": nil, "recurrence.end_date_time": nil,
        ],
    ]

    static func drafts() throws -> [MeetingDraft] {
        try variants.map { variant in
            var draft = MeetingDraft()
            for field in MeetingFieldCatalog.standard.fields {
                let text: String?
                if let override = variant[field.path] {
                    text = override
                } else {
                    text = common[field.path] ?? sampleText(field)
                }
                guard let text else { continue }
                try draft.set(field.path, text: text)
            }
            return draft
        }
    }

    @Test func theDraftsSetEveryField() throws {
        let set = Set(try Self.drafts().flatMap(\.setPaths))
        let leaves = MeetingFieldCatalog.standard.fields.filter { $0.kind != .object }.map(\.path)
        #expect(Set(leaves).subtracting(set).sorted() == [])
    }

    @Test(arguments: MeetingOperation.allCases)
    func bodiesPassValidationAndZoomsSchema(operation: MeetingOperation) throws {
        let schema = try #require(operation == .create ? ZoomSpec.createSchema : ZoomSpec.updateSchema)
        let checker = SchemaChecker(root: try #require(ZoomSpec.meetings), for: .requests)
        for draft in try Self.drafts() {
            let request = draft.requestBody(for: operation)
            let issues = MeetingValidator().validate(request.json, for: operation)
            #expect(issues.errors.isEmpty, "\(operation): \(issues.errors)")
            let problems = checker.check(request.json, schema)
            #expect(problems.isEmpty, "\(operation): \(problems)")
            // The fields the operation does not take are left out, and said so.
            let refused = MeetingFieldCatalog.standard.fields.filter { !$0.operations.allows(operation) }.map(\.path)
            for path in refused {
                #expect(request.json.value(atPath: path) == nil, "\(path) must not be sent on \(operation)")
                #expect(request.omitted.contains(path), "\(path) must be reported as left out")
            }
        }
    }

    @Test func theSchemaCheckerRefusesWhatZoomRefuses() throws {
        let checker = SchemaChecker(root: try #require(ZoomSpec.meetings), for: .requests)
        let schema = try #require(ZoomSpec.createSchema)
        let bad: [(String, JSONValue)] = [
            ("unknown key", ["topicc": "x"]),
            ("type", ["type": 5]),
            ("duration", ["duration": 1441]),
            ("topic length", ["topic": .string(String(repeating: "a", count: 201))]),
            ("boolean type", ["settings": ["host_video": "yes"]]),
            ("nested required", ["settings": ["waiting_room_options": ["who_goes_to_waiting_room": "everyone"]]]),
            (
                "maxItems",
                [
                    "settings": [
                        "auto_add_recording_to_video_management": [
                            "enable": true, "channels": .array(Array(repeating: ["channel_id": "c"], count: 6)),
                        ]
                    ]
                ]
            ),
            ("items", ["tracking_fields": [["value": "v"]]]),
            ("weekly_days list", ["recurrence": ["type": 2, "weekly_days": "2,9"]]),
            ("update-only key", ["settings": ["custom_keys": []]]),
        ]
        for (name, body) in bad {
            #expect(!checker.check(body, schema).isEmpty, "\(name) must be refused")
            #expect(
                !MeetingValidator().validate(body, for: .create).errors.isEmpty, "\(name): ZoomKit must refuse it too")
        }
        #expect(checker.check(["recurrence": ["type": 2, "weekly_days": "2,4"]], schema).isEmpty)
    }
}
