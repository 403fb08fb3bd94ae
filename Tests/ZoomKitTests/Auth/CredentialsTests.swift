import Foundation
import Testing
import ZoomKit

@Suite("Credentials")
struct CredentialsTests {
    @Test("complete sets are read from the environment")
    func complete() throws {
        #expect(try ZoomCredentials.fromEnvironment([:]) == nil)
        #expect(
            try ZoomCredentials.fromEnvironment([
                "ZOOM_ACCOUNT_ID": "a", "ZOOM_CLIENT_ID": "c", "ZOOM_CLIENT_SECRET": "s",
            ]) == .s2s(accountID: "a", clientID: "c", clientSecret: "s"))
        #expect(
            try ZoomCredentials.fromEnvironment(["ZOOM_API_KEY": "k", "ZOOM_API_SECRET": "s"])
                == .jwt(apiKey: "k", apiSecret: "s"))
        #expect(try ZoomCredentials.fromEnvironment(["ZOOM_ACCESS_TOKEN": " t \n"]) == .token("t"))
        // An explicit token wins over other variables.
        #expect(
            try ZoomCredentials.fromEnvironment(["ZOOM_ACCESS_TOKEN": "t", "ZOOM_CLIENT_ID": "c"]) == .token("t"))
    }

    @Test("an incomplete set names the missing variables")
    func incomplete() throws {
        let error = try #require(throws: CredentialsError.self) {
            try ZoomCredentials.fromEnvironment([
                "ZOOM_ACCOUNT_ID": "a", "ZOOM_CLIENT_ID": "c", "ZOOM_CLIENT_SECRET": "",
            ])
        }
        #expect(error.missing == ["ZOOM_CLIENT_SECRET"])
        #expect(error.message.contains("ZOOM_CLIENT_SECRET is not set"))

        let jwt = try #require(throws: CredentialsError.self) {
            try ZoomCredentials.fromEnvironment(["ZOOM_API_SECRET": "s"])
        }
        #expect(jwt.missing == ["ZOOM_API_KEY"])

        let values = try #require(throws: CredentialsError.self) {
            try ZoomCredentials.s2s(accountID: "a", clientID: " ", clientSecret: "").validated()
        }
        #expect(values.missing == ["ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"])
    }

    @Test("descriptions and dumps never contain a secret")
    func noSecrets() {
        let all: [ZoomCredentials] = [
            .s2s(accountID: "acct", clientID: "client", clientSecret: "SECRET-1"),
            .jwt(apiKey: "key", apiSecret: "SECRET-2"),
            .token("SECRET-3"),
        ]
        for credentials in all {
            var dumped = ""
            dump(credentials, to: &dumped)
            for text in [credentials.description, String(reflecting: credentials), "\(credentials)", dumped] {
                #expect(!text.contains("SECRET"), "\(text)")
            }
        }
        #expect(all[0].description == "Server-to-Server OAuth (account acct, client client)")
        var dumped = ""
        dump(AccessToken(value: "SECRET-4"), to: &dumped)
        #expect(!dumped.contains("SECRET"))
    }

    @Test("the factory makes the provider for each kind and checks what it can")
    func factory() async throws {
        let transport = InMemoryTransport { _ in .json(200, #"{"access_token":"x"}"#) }
        let s2s = try ZoomCredentials.s2s(accountID: "a", clientID: "c", clientSecret: "s")
            .makeTokenProvider(transport: transport)
        #expect(s2s is ServerToServerTokenProvider)
        #expect(s2s.summary == "Server-to-Server OAuth (account a, client c)")

        let jwt = try ZoomCredentials.jwt(apiKey: "k", apiSecret: String(repeating: "x", count: 32))
            .makeTokenProvider(transport: transport)
        #expect(jwt is JWTAppTokenProvider)

        let token = try ZoomCredentials.token("t").makeTokenProvider(transport: transport)
        #expect(try await token.token().value == "t")

        let badURL = try #require(throws: AuthError.self) {
            try ZoomCredentials.s2s(accountID: "a", clientID: "c", clientSecret: "s")
                .makeTokenProvider(oauthURL: "zoom.us/oauth", transport: transport)
        }
        #expect(badURL.message.contains("ZOOM_OAUTH_URL"))

        let shortSecret = try #require(throws: AuthError.self) {
            try ZoomCredentials.jwt(apiKey: "k", apiSecret: "short").makeTokenProvider(transport: transport)
        }
        #expect(
            shortSecret.message == "ZOOM_API_SECRET is 5 bytes long; HS256 signing needs a secret of at least 32 bytes")
    }

    @Test("the cache directory follows XDG_CACHE_HOME, then HOME")
    func cacheDirectory() {
        #expect(
            TokenCacheLocation.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache/", "HOME": "/h"])
                == "/x/cache/zoomsh")
        #expect(TokenCacheLocation.defaultDirectory(environment: ["HOME": "/home/u"]) == "/home/u/.cache/zoomsh")
        #expect(
            TokenCacheLocation.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])
                == "/h/.cache/zoomsh")
        #expect(TokenCacheLocation.defaultDirectory(environment: [:]) == nil)
    }

    @Test("a static token refused once cannot be renewed")
    func staticToken() async throws {
        let provider = StaticTokenProvider(token: "abc")
        let token = try await provider.token()
        await provider.invalidate(token)
        let error = try await #require(throws: AuthError.self) { try await provider.token() }
        #expect(error.kind == .tokenRefused)
        #expect(error.message.contains("ZOOM_ACCESS_TOKEN"))
    }
}
