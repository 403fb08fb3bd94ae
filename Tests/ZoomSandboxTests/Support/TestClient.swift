import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ZoomModels

@testable import ZoomSandbox

/// An answer of the sandbox, read whole.
struct TestResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data

    /// The body as JSON (nil when empty or not JSON).
    var json: JSONValue? { try? JSONValue(parsing: body) }
    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
    /// A header's first value.
    func header(_ name: String) -> String? { headers.first(name: name) }
    /// Zoom's error code of a JSON error answer.
    var code: Int64? { json?["code"]?.intValue }
    /// Zoom's error message of a JSON error answer.
    var message: String? { json?["message"]?.stringValue }
}

/// A real HTTP client (AsyncHTTPClient) talking to a sandbox on its loopback port.
struct TestClient: Sendable {
    let sandbox: Sandbox

    /// Sends a request to a path of the sandbox's origin (`/v2/users/me`, `/oauth/token?…`).
    func send(
        _ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: Data? = nil,
        timeout: TimeAmount = .seconds(30)
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: sandbox.origin + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(
            status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
    }

    /// A token from the OAuth endpoint with the sandbox's credentials.
    func token() async throws -> String {
        let credentials = sandbox.credentials
        let response = try await send(
            .POST, "/oauth/token",
            headers: [
                ("Authorization", Self.basic(credentials.clientID, credentials.clientSecret)),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            body: Data("grant_type=account_credentials&account_id=\(credentials.accountID)".utf8))
        guard response.status == 200, let token = response.json?["access_token"]?.stringValue else {
            throw TestFailure("no token: HTTP \(response.status) \(response.text)")
        }
        return token
    }

    /// An API call (`path` below `/v2`) with a bearer token and `Accept: application/json`.
    func api(
        _ method: HTTPMethod, _ path: String, token: String, json: JSONValue? = nil, rawBody: String? = nil,
        accept: String? = "application/json", timeout: TimeAmount = .seconds(30)
    ) async throws -> TestResponse {
        var headers = [("Authorization", "Bearer \(token)")]
        if let accept { headers.append(("Accept", accept)) }
        let body = rawBody.map { Data($0.utf8) } ?? json.map(\.data)
        if body != nil { headers.append(("Content-Type", "application/json")) }
        return try await send(method, "/v2" + path, headers: headers, body: body, timeout: timeout)
    }

    /// Creates a meeting for `user` and returns the 201 body.
    func createMeeting(_ body: JSONValue, user: String = "me", token: String) async throws -> JSONValue {
        let response = try await api(.POST, "/users/\(user)/meetings", token: token, json: body)
        guard response.status == 201, let json = response.json else {
            throw TestFailure("create failed: HTTP \(response.status) \(response.text)")
        }
        return json
    }

    static func basic(_ id: String, _ secret: String) -> String {
        "Basic " + Data("\(id):\(secret)".utf8).base64EncodedString()
    }
}

/// A failed precondition of a test, with what was seen.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
