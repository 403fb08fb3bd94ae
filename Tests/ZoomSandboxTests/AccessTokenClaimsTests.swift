import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Access token claims")
struct AccessTokenClaimsTests {
    /// The payload of a JWT.
    private func payload(_ token: String) throws -> JSONValue {
        let part = try #require(token.split(separator: ".").dropFirst().first)
        var base64 = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return try JSONValue(parsing: try #require(Data(base64Encoded: base64)))
    }

    @Test func iatAndExpAreWholeSeconds() async throws {
        let clock = ManualSandboxClock(instant(testEpoch).addingTimeInterval(0.75))
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let claims = try payload(try await client.token())
            let issued = Int64(instant(testEpoch).timeIntervalSince1970)
            #expect(claims["iat"] == .int(issued), "\(claims.compactText)")
            #expect(claims["exp"] == .int(issued + 3600), "\(claims.compactText)")
        }
    }
}
