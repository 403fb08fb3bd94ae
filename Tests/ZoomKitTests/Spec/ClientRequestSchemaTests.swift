import Foundation
import TestSupport
import Testing
import ZoomKit
import ZoomModels

/// Every request body the client builds, taken from the wire (`ZoomClient` over an in-memory
/// transport, so the builders, the client and the JSON writer are all in the way), against
/// Zoom's request schema of the operation it goes to: the operation is looked up in
/// Meetings.json by the request's own method and path, and the body is checked by the tests' own
/// `SchemaChecker`, never by ZoomModels' validator, which the sandbox shares: a validator bug
/// cannot hide behind the sandbox agreeing with it.
@Suite(.enabled(if: ZoomSpec.isAvailable, ZoomSpec.skipNote))
struct ClientRequestSchemaTests {
    static let meetingID: Int64 = 85_746_065_123

    /// A meeting as `GET /meetings/{meetingId}` describes it: every property of the response
    /// schema, with the spec's example values where it gives them.
    static func specMeeting() throws -> JSONValue {
        let spec = try #require(ZoomSpec.meetings)
        let schema = try #require(
            spec.value(at: [
                "paths", "/meetings/{meetingId}", "get", "responses", "200", "content", "application/json", "schema",
            ]))
        return SchemaSample(checker: SchemaChecker(root: spec, for: .requests)).value(schema)
    }

    /// The requests the client sends for every operation that has a body: creates and updates
    /// of drafts that together set every field, of a draft loaded from a meeting, of one
    /// occurrence, and each status action.
    static func sentRequests() async throws -> [(name: String, request: HTTPRequestData)] {
        let (client, transport) = makeAPITestClient { request in
            switch request.method {
            case "POST": .json(201, ["id": .int(meetingID), "topic": "T", "type": 2])
            case "GET": .json(200, ["id": .int(meetingID), "topic": "T", "type": 2])
            default: HTTPResponseData(status: 204)
            }
        }
        var sent: [(String, HTTPRequestData)] = []
        func record(_ name: String, _ call: () async throws -> Void) async throws {
            let before = transport.requests.count
            try await call()
            #expect(transport.requests.count == before + 1, "\(name) sends one request")
            if let request = transport.requests.last { sent.append((name, request)) }
        }
        var drafts = try DraftSchemaTests.drafts().enumerated().map { ("draft \($0.offset + 1)", $0.element) }
        drafts.append(("a loaded meeting", MeetingDraft.load(from: try specMeeting()).draft))
        for (name, draft) in drafts {
            try await record("create, \(name)") {
                _ = try await client.createMeeting(userID: "ana@example.com", draft: draft)
            }
            let update = draft.requestBody(for: .update).json
            try await record("update, \(name)") { try await client.updateMeeting(id: meetingID, body: update) }
            try await record("update of an occurrence, \(name)") {
                try await client.updateMeeting(id: meetingID, body: update, occurrenceID: "1648194360000")
            }
        }
        for action in MeetingStatusAction.allCases {
            try await record("status \(action)") { try await client.updateMeetingStatus(id: meetingID, action: action) }
        }
        try await record("end") { try await client.endMeeting(id: meetingID) }
        return sent
    }

    @Test func everyBodyMatchesTheRequestSchemaOfItsOperation() async throws {
        let checker = SchemaChecker(root: try #require(ZoomSpec.meetings), for: .requests)
        for (name, request) in try await Self.sentRequests() {
            let path = request.apiPath
            let found = try #require(
                ZoomSpec.operation(request.method, path), "\(name): Meetings.json has no \(request.method) \(path)")
            let body = try #require(request.json, "\(name): \(request.method) \(path) is sent without a JSON body")
            let schema = try #require(
                found.operation.value(at: ["requestBody", "content", "application/json", "schema"]),
                "\(name): \(request.method) \(found.template) takes no JSON body")
            let problems = checker.check(body, schema)
            #expect(problems.isEmpty, "\(name): \(request.method) \(found.template): \(problems)")
        }
    }

    @Test func aLoadedMeetingKeepsTheFieldsACreateTakes() throws {
        let load = MeetingDraft.load(from: try Self.specMeeting())
        // The example meeting has a topic, a type and settings: they survive the load, the
        // read-only keys do not.
        #expect(load.draft.value(at: "topic") != nil)
        #expect(load.draft.value(at: "settings.host_video") != nil)
        for readOnly in ["id", "uuid", "join_url", "created_at", "occurrences"] {
            #expect(load.dropped.contains(readOnly), "\(readOnly) is dropped")
        }
    }

    @Test func requestsWithoutABodyGoToOperationsThatNeedNone() throws {
        let requests: [(String, ZoomRequest)] = [
            ("get", .getMeeting(id: Self.meetingID, occurrenceID: "1", showPreviousOccurrences: true)),
            ("delete", .deleteMeeting(id: Self.meetingID, occurrenceID: "1")),
            ("list", try .listMeetings(userID: "ana@example.com")),
            ("invitation", .meetingInvitation(id: Self.meetingID)),
            ("past meeting", try .pastMeeting(uuid: "4444AAAiAAAAAiAiAiiAii==")),
            ("past meeting by id", .pastMeeting(id: Self.meetingID)),
            ("past instances", .pastMeetingInstances(id: Self.meetingID)),
            ("past participants", try .pastMeetingParticipants(uuid: "/ab//c==", pageSize: 30)),
        ]
        // `getUser` goes to Users.json's `GET /users/{userId}`, which has no body either.
        for (name, request) in requests {
            #expect(request.body == nil, "\(name) has no body")
            let found = try #require(
                ZoomSpec.operation(request.method, request.path), "\(name): no \(request.method) \(request.path)")
            #expect(found.operation["requestBody"]?["required"] != true, "\(name): \(found.template) needs a body")
        }
    }

    @Test func aWrongBodyIsCaught() throws {
        let checker = SchemaChecker(root: try #require(ZoomSpec.meetings), for: .requests)
        let wrong: [(String, String, JSONValue)] = [
            ("PUT", "/meetings/5/status", ["action": "stop"]),
            ("PUT", "/meetings/5/status", ["action": "end", "reason": "x"]),
            ("POST", "/users/me/meetings", ["topic": "T", "join_url": "https://zoom.us/j/5"]),
            ("PATCH", "/meetings/5", ["recurrence": ["type": 2, "weekly_days": "8"]]),
        ]
        for (method, path, body) in wrong {
            let schema = try #require(
                ZoomSpec.operation(method, path)?.operation.value(at: [
                    "requestBody", "content", "application/json", "schema",
                ]))
            #expect(!checker.check(body, schema).isEmpty, "\(method) \(path) \(body.compactText) is refused")
        }
    }

    @Test func operationsAreFoundByMethodAndPath() {
        #expect(ZoomSpec.operation("POST", "/users/me/meetings")?.template == "/users/{userId}/meetings")
        #expect(ZoomSpec.operation("PUT", "/meetings/5/status")?.template == "/meetings/{meetingId}/status")
        #expect(ZoomSpec.operation("PATCH", "/meetings/5")?.template == "/meetings/{meetingId}")
        #expect(ZoomSpec.operation("PATCH", "/meetings/5/status") == nil)
        #expect(ZoomSpec.operation("POST", "/meeting/5") == nil)
        #expect(ZoomSpec.operation("GET", "/meetings//status") == nil)
    }
}

/// A value for a JSON schema with every property present: the schema's `example` when it
/// gives one of the right type, else its first `enum` value, else a plain value of its type.
struct SchemaSample {
    let checker: SchemaChecker

    func value(_ schema: JSONValue, depth: Int = 0) -> JSONValue {
        let schema = checker.resolve(schema)
        if let parts = schema["allOf"]?.arrayValue {
            var merged = JSONObject()
            for part in parts {
                for (key, item) in value(part, depth: depth).objectValue ?? JSONObject() { merged[key] = item }
            }
            return .object(merged)
        }
        let type = schema["type"]?.stringValue
        if let example = schema["example"], type.map({ checker.check(example, ["type": .string($0)]).isEmpty }) ?? true
        {
            if type != "object" && type != "array" { return example }
        }
        if let first = schema["enum"]?.arrayValue?.first { return first }
        switch type {
        case "object":
            var object = JSONObject()
            guard depth < 8 else { return .object(object) }
            for (key, property) in schema["properties"]?.objectValue ?? JSONObject() {
                object[key] = value(property, depth: depth + 1)
            }
            return .object(object)
        case "array":
            return .array(schema["items"].map { [value($0, depth: depth + 1)] } ?? [])
        case "integer": return .int(Int64(schema["minimum"]?.intValue ?? 1))
        case "number": return .double(1.5)
        case "boolean": return true
        default:
            switch schema["format"]?.stringValue {
            case "date-time": return "2030-01-15T10:00:00Z"
            case "email": return "ana@example.com"
            default: return "x"
            }
        }
    }
}
