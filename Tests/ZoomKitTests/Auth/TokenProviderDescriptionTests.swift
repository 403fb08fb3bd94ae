import Foundation
import Testing
import ZoomKit

/// Every text a value can be turned into: `description`, `debugDescription`, interpolation
/// and `dump`, on its own and inside a container.
private func renderings(_ value: Any) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    var nested = ""
    dump(["provider": value], to: &nested)
    return [String(describing: value), String(reflecting: value), "\(value)", dumped, nested, "\([value])"]
}

/// Token providers can be printed, dumped and logged without showing a secret or a token.
@Suite("Token providers never show their secrets")
struct TokenProviderDescriptionTests {
    static let secret = "S3CRET-0123456789-abcdefghijklmnopq"

    @Test("a JWT provider shows its API key, never the API secret")
    func jwt() async throws {
        let provider = try JWTAppTokenProvider(apiKey: "key-1", apiSecret: Self.secret)
        _ = try await provider.token()
        for text in renderings(provider) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
        #expect(String(describing: provider) == "legacy JWT app (API key key-1)")
        #expect(renderings(provider)[3].contains("key-1"))
    }

    @Test("an S2S provider shows account and client, never the client secret or its token")
    func s2s() async throws {
        let transport = InMemoryTransport { _ in .json(200, #"{"access_token":"TOKEN-VALUE-42","expires_in":3600}"#) }
        let provider = ServerToServerTokenProvider(
            accountID: "acct-1", clientID: "client-1", clientSecret: Self.secret, transport: transport)
        _ = try await provider.token()
        for text in renderings(provider) {
            #expect(!text.contains(Self.secret), "\(text)")
            #expect(!text.contains("TOKEN-VALUE-42"), "\(text)")
        }
        #expect(String(describing: provider) == "Server-to-Server OAuth (account acct-1, client client-1)")
    }

    @Test("a static provider never shows its token")
    func staticToken() {
        let provider = StaticTokenProvider(token: Self.secret)
        for text in renderings(provider) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
    }

    @Test("a client dumped whole does not show its provider's secret")
    func client() throws {
        let provider = try JWTAppTokenProvider(apiKey: "key-1", apiSecret: Self.secret)
        let client = ZoomClient(tokenProvider: provider, transport: InMemoryTransport { _ in .json(200, "{}") })
        for text in renderings(client) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
    }
}
