import Foundation
import JWTKit
import Testing

@testable import ZoomSandbox

/// The payload of a legacy JWT app token.
private struct LegacyPayload: JWTPayload {
    var iss: IssuerClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

private func sign(key: String, secret: String, expires: Date) async throws -> String {
    let keys = JWTKeyCollection()
    await keys.add(hmac: HMACKey(from: Array(secret.utf8)), digestAlgorithm: .sha256)
    return try await keys.sign(LegacyPayload(iss: IssuerClaim(value: key), exp: ExpirationClaim(value: expires)))
}

@Suite("Legacy JWT app tokens")
struct LegacyJWTTests {
    let credentials = SandboxCredentials.standard

    @Test func validTokenIsAccepted() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await sign(
                key: credentials.apiKey, secret: credentials.apiSecret, expires: clock.now().addingTimeInterval(60))
            let response = try await client.api(.GET, "/users/me", token: token)
            #expect(response.status == 200)
            let created = try await client.createMeeting(["topic": "via JWT"], token: token)
            #expect(created["topic"] == "via JWT")
        }
    }

    @Test func badSignatureIsRefused() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await sign(
                key: credentials.apiKey, secret: "another-secret-that-is-long-enough-1234",
                expires: clock.now().addingTimeInterval(60))
            let response = try await client.api(.GET, "/users/me", token: token)
            #expect(response.status == 401)
            #expect(response.code == 124)
            #expect(response.message == "Invalid access token.")
        }
    }

    @Test func expiredTokenIsRefused() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await sign(
                key: credentials.apiKey, secret: credentials.apiSecret, expires: clock.now().addingTimeInterval(30))
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
            clock.advance(by: 31)
            let response = try await client.api(.GET, "/users/me", token: token)
            #expect(response.status == 401)
            #expect(response.code == 124)
            #expect(response.message == "Access token is expired.")
        }
    }

    @Test func tokenOfAnotherAPIKeyIsRefused() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await sign(
                key: "someone-else", secret: credentials.apiSecret, expires: clock.now().addingTimeInterval(60))
            let response = try await client.api(.GET, "/users/me", token: token)
            #expect(response.status == 401)
            #expect(response.code == 124)
        }
    }
}
