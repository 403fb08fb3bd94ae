import Foundation
import Testing

@testable import ZoomSandbox

@Suite("Server-to-Server OAuth")
struct OAuthTests {
    let credentials = SandboxCredentials.standard

    private func tokenRequest(
        _ client: TestClient, authorization: String?, form: String? = nil, query: String = ""
    ) async throws -> TestResponse {
        var headers: [(String, String)] = []
        if let authorization { headers.append(("Authorization", authorization)) }
        if form != nil { headers.append(("Content-Type", "application/x-www-form-urlencoded")) }
        return try await client.send(.POST, "/oauth/token" + query, headers: headers, body: form.map { Data($0.utf8) })
    }

    @Test func tokenFromFormBodyWorksForTheAPI() async throws {
        try await withSandbox { sandbox, client in
            let response = try await tokenRequest(
                client, authorization: TestClient.basic(credentials.clientID, credentials.clientSecret),
                form: "grant_type=account_credentials&account_id=sandbox-account")
            #expect(response.status == 200)
            let json = try #require(response.json)
            #expect(json["token_type"] == "bearer")
            #expect(json["expires_in"] == 3600)
            #expect(json["scope"]?.stringValue?.contains("meeting:write:meeting:admin") == true)
            #expect(json["api_url"]?.stringValue == sandbox.origin)
            #expect(response.header("x-zm-trackingid")?.isEmpty == false)
            let token = try #require(json["access_token"]?.stringValue)
            let me = try await client.api(.GET, "/users/me", token: token)
            #expect(me.status == 200)
            #expect(me.json?["email"] == "nora.ames@sandbox.example.com")
        }
    }

    @Test func tokenFromQueryParametersAndConfiguredLifetime() async throws {
        let configuration = testConfiguration { $0.tokenLifetime = .seconds(120) }
        try await withSandbox(configuration) { _, client in
            let response = try await tokenRequest(
                client, authorization: TestClient.basic(credentials.clientID, credentials.clientSecret),
                query: "?grant_type=account_credentials&account_id=sandbox-account")
            #expect(response.status == 200)
            #expect(response.json?["expires_in"] == 120)
        }
    }

    @Test(
        "each OAuth error",
        arguments: [
            (nil, "grant_type=account_credentials&account_id=sandbox-account", 400, 4706, "invalid_request"),
            (
                "sandbox-client:sandbox-client-secret-0123456789ab", "account_id=sandbox-account", 400, 4706,
                "invalid_request"
            ),
            (
                "sandbox-client:sandbox-client-secret-0123456789ab", "grant_type=client_credentials", 400, 4705,
                "unsupported_grant_type"
            ),
            (
                "someone-else:sandbox-client-secret", "grant_type=account_credentials&account_id=sandbox-account", 401,
                4702,
                "invalid_client"
            ),
            (
                "sandbox-client:wrong-secret", "grant_type=account_credentials&account_id=sandbox-account", 401, 4704,
                "invalid_client"
            ),
            (
                "sandbox-client:sandbox-client-secret-0123456789ab", "grant_type=account_credentials", 400, 4700,
                "invalid_request"
            ),
            (
                "sandbox-client:sandbox-client-secret-0123456789ab", "grant_type=account_credentials&account_id=other",
                400, 4700,
                "invalid_request"
            ),
        ] as [(String?, String, Int, Int64, String)])
    func oauthError(pair: String?, form: String, status: Int, code: Int64, error: String) async throws {
        try await withSandbox { _, client in
            let authorization = pair.map { "Basic " + Data($0.utf8).base64EncodedString() }
            let response = try await tokenRequest(client, authorization: authorization, form: form)
            #expect(response.status == status)
            #expect(response.code == code)
            #expect(response.json?["error"]?.stringValue == error)
            #expect(response.json?["reason"] == response.json?["message"])
            #expect(response.json?["access_token"] == nil)
        }
    }

    @Test func errorMessagesAreZooms() async throws {
        try await withSandbox { _, client in
            let missing = try await tokenRequest(client, authorization: nil, form: "grant_type=account_credentials")
            #expect(missing.message == "Client ID or client secret is missing.")
            let grant = try await tokenRequest(
                client, authorization: TestClient.basic("sandbox-client", "sandbox-client-secret-0123456789ab"),
                form: "grant_type=authorization_code")
            #expect(grant.message == "Grant type is not supported from token endpoint.")
            let secret = try await tokenRequest(
                client, authorization: TestClient.basic("sandbox-client", "nope"),
                form: "grant_type=account_credentials")
            #expect(secret.message == "Invalid client secret.")
            #expect(!secret.text.contains("nope"))
        }
    }

    @Test func expiredTokenIsRefusedWithCode124() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await client.token()
            clock.advance(by: 3599)
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
            clock.advance(by: 1)
            let expired = try await client.api(.GET, "/users/me", token: token)
            #expect(expired.status == 401)
            #expect(expired.code == 124)
            #expect(expired.message == "Access token is expired.")
            let fresh = try await client.token()
            #expect(try await client.api(.GET, "/users/me", token: fresh).status == 200)
        }
    }

    @Test func unknownAndMissingTokensAreRefused() async throws {
        try await withSandbox { _, client in
            let unknown = try await client.api(.GET, "/users/me", token: "not-a-token")
            #expect(unknown.status == 401)
            #expect(unknown.code == 124)
            #expect(unknown.message == "Invalid access token.")
            let missing = try await client.send(.GET, "/v2/users/me", headers: [("Accept", "application/json")])
            #expect(missing.status == 401)
            #expect(missing.code == 124)
        }
    }

    @Test func tokenOfAnotherSandboxWithOtherCredentialsIsInvalid() async throws {
        var other = testConfiguration()
        other.credentials.clientSecret = "a-different-secret"
        let foreign = try await withSandbox(other) { _, client in try await client.token() }
        try await withSandbox { _, client in
            let response = try await client.api(.GET, "/users/me", token: foreign)
            #expect(response.status == 401)
            #expect(response.message == "Invalid access token.")
        }
    }
}
