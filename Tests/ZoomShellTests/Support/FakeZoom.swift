import Foundation
import ZoomKit
import ZoomModels
import ZoomShell

/// Zoom answered from memory, for checking exactly what the shell sends: every request is
/// recorded; `answer` may override the standard answers route by route.
final class FakeZoom: Sendable {
    /// The access token the fake OAuth endpoint hands out: it must never be printed.
    static let accessToken = "fake-access-token-Q7hX2mPz-never-printed"
    /// The client secret of the fake S2S app: it must never be printed either.
    static let clientSecret = "fake-client-secret-9vLw3kRt"
    /// The meeting id the fake create answers with.
    static let createdID: Int64 = 81_234_567_890

    let transport: InMemoryTransport

    /// A fake Zoom; `answer` returns a response for the requests it wants to answer itself.
    init(_ answer: @escaping @Sendable (HTTPRequestData) -> HTTPResponseData? = { _ in nil }) {
        transport = InMemoryTransport { request in answer(request) ?? FakeZoom.standardAnswer(request) }
    }

    /// Every request sent, OAuth included.
    var requests: [HTTPRequestData] { transport.requests }
    /// The API requests (not the OAuth token requests).
    var apiRequests: [HTTPRequestData] { requests.filter { !$0.url.contains("/oauth/") } }

    /// A shell that talks to this fake with S2S credentials (json output unless adjusted).
    func shell(_ adjust: (inout ShellConfiguration) -> Void = { _ in }) -> TestShell {
        var configuration = ShellConfiguration.testing()
        configuration.transport = transport
        configuration.credentials = .s2s(accountID: "acct", clientID: "client-id", clientSecret: Self.clientSecret)
        adjust(&configuration)
        return TestShell(configuration)
    }

    /// A meeting as Zoom returns it.
    static func meeting(id: Int64, topic: String = "Fake meeting", extra: JSONValue = [:]) -> JSONValue {
        let base: JSONValue = [
            "uuid": "fAkEuUiD0123456789abcd==", "id": .int(id), "host_id": "fake-host",
            "host_email": "host@example.com",
            "topic": .string(topic), "type": 2, "status": "waiting", "start_time": "2026-03-09T15:00:00Z",
            "duration": 30, "timezone": "America/New_York", "agenda": "", "created_at": "2026-03-04T15:30:00Z",
            "join_url": .string("https://zoom.us/j/\(id)?pwd=fakepwd.1"), "password": "abc123",
            "settings": ["audio": "both", "waiting_room": false],
        ]
        var object = base.objectValue ?? JSONObject()
        for (key, value) in extra.objectValue ?? JSONObject() { object[key] = value }
        return .object(object)
    }

    /// The standard answers: OAuth tokens, meetings, users, 404 for anything else.
    static func standardAnswer(_ request: HTTPRequestData) -> HTTPResponseData {
        let path = request.path
        let parts = path.split(separator: "/").map(String.init)
        switch (request.method, parts.first, parts.count) {
        case ("POST", "oauth", _):
            return .json(
                200,
                #"{"access_token":"\#(accessToken)","token_type":"bearer","expires_in":3600,"scope":"meeting:write"}"#)
        case ("POST", "v2", 4) where parts[1] == "users" && parts[3] == "meetings":
            var extra = request.json?.objectValue ?? JSONObject()
            extra["settings"] = nil
            return .json(201, meeting(id: createdID, topic: "", extra: .object(extra)))
        case ("GET", "v2", 4) where parts[1] == "users" && parts[3] == "meetings":
            return .json(
                200, ["page_size": 30, "total_records": 1, "next_page_token": "", "meetings": [meeting(id: createdID)]])
        case ("GET", "v2", 3) where parts[1] == "meetings":
            guard let id = Int64(parts[2]), id != 404 else { return notFound(parts.count > 2 ? parts[2] : "") }
            return .json(200, meeting(id: id))
        case ("GET", "v2", 4) where parts[1] == "meetings" && parts[3] == "invitation":
            return .json(200, ["invitation": .string("You are invited to meeting \(parts[2]).")])
        case ("PATCH", "v2", 3) where parts[1] == "meetings", ("DELETE", "v2", 3) where parts[1] == "meetings",
            ("PUT", "v2", 4) where parts[1] == "meetings" && parts[3] == "status":
            return Int64(parts[2]) == 404 ? notFound(parts[2]) : HTTPResponseData(status: 204)
        case ("GET", "v2", 3) where parts[1] == "users":
            return .json(
                200,
                [
                    "id": "fake-user", "email": "host@example.com", "first_name": "Fay", "last_name": "Kerr", "type": 2,
                    "timezone": "Europe/Madrid", "account_id": "acct",
                ])
        default:
            return notFound(path)
        }
    }

    static func notFound(_ what: String) -> HTTPResponseData {
        .json(404, #"{"code":3001,"message":"Meeting does not exist: \#(what)."}"#)
    }
}

extension HTTPRequestData {
    /// The URL's path (`/v2/meetings/1`), without scheme, host or query.
    var path: String {
        let afterScheme = url.components(separatedBy: "://").last ?? url
        let withoutQuery = afterScheme.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let slash = withoutQuery.firstIndex(of: "/") else { return "/" }
        return String(withoutQuery[slash...])
    }

    /// The URL's query items, decoded.
    var queryItems: [String: String] {
        guard let query = URLComponents(string: url)?.queryItems else { return [:] }
        return Dictionary(query.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    }

    /// The body as JSON, if it is.
    var json: JSONValue? { body.flatMap { try? JSONValue(parsing: $0) } }

    /// Every header value and the body, as one text: to check that a secret appears nowhere.
    var allText: String {
        url + headers.map { "\($0.name): \($0.value)" }.joined()
            + (body.map { String(decoding: $0, as: UTF8.self) } ?? "")
    }
}
