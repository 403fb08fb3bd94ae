import Foundation
import Synchronization
import Testing
import ZoomKit

@testable import ZoomShell

/// `auth`, `auth s2s|jwt|token|refresh`, `profile`, `jwt sign|decode`, `sdk signature`.
struct AuthCommandTests {
    static let secret = "a-signing-secret-of-at-least-32-bytes-0123"

    @Test func authShowsTheMethodButNoSecret() async throws {
        let zoom = FakeZoom()
        let shell = zoom.shell { $0.outputMode = .table }
        var run = await shell.run("auth")
        #expect(run.code == .success)
        #expect(run.stdout.contains("Server-to-Server OAuth (account acct, client client-id)"))
        #expect(run.stdout.contains("none yet"))
        run = await shell.run("whoami\nauth")
        #expect(run.stdout.contains("cached until"))
        #expect(!run.stdout.contains(FakeZoom.accessToken) && !run.stdout.contains(FakeZoom.clientSecret))
        let json = await zoom.shell().run("auth")
        #expect(json.lastDocument?["method"] == "Server-to-Server OAuth")
        #expect(json.lastDocument?["token_cached"] == false)
    }

    @Test func withoutCredentialsZoomCommandsExitWithFour() async throws {
        let run = await TestShell.offline().run("get 85746065432")
        #expect(run.code == .authOrConfig)
        #expect(run.stderr.contains("no credentials"))
        let auth = await TestShell.offline { $0.outputMode = .table }.run("auth")
        #expect(auth.stdout.contains("method  none"))
    }

    @Test func authS2STakesTheSecretFromTheNamedVariable() async throws {
        let zoom = FakeZoom()
        let shell = TestShell.offline(transport: zoom.transport) {
            $0.environment = ["MY_SECRET": "s2s-secret-from-env"]
        }
        let run = await shell.run("auth s2s my-account my-client --secret-env MY_SECRET\nauth\nget 85746065432")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents[0]?["method"] == "Server-to-Server OAuth")
        let tokenRequest = try #require(zoom.requests.first)
        #expect(tokenRequest.url.hasSuffix("/oauth/token"))
        let expected = Data("my-client:s2s-secret-from-env".utf8).base64EncodedString()
        #expect(tokenRequest.headers["Authorization"] == "Basic \(expected)")
        #expect(tokenRequest.allText.contains("account_id=my-account"))
        #expect(!run.stdout.contains("s2s-secret-from-env") && !run.stderr.contains("s2s-secret-from-env"))
    }

    @Test func aScriptCannotBeAskedForASecret() async throws {
        let run = await TestShell.offline().run("auth s2s acct client")
        #expect(run.code == .authOrConfig)
        #expect(run.stderr.contains("--secret-env"))
        let missing = await TestShell.offline().run("auth s2s acct client --secret-env NOT_SET")
        #expect(missing.code == .authOrConfig)
        #expect(missing.stderr.contains("NOT_SET"))
    }

    @Test func aSecretTypedWhereItsVariableBelongsIsNeverEchoed() async throws {
        let token = "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"
        let run = await TestShell.offline().run("auth token --env=\(token)")
        #expect(run.code == .authOrConfig)
        #expect(run.stderr.contains("--env takes the name of an environment variable (e.g. ZOOM_ACCESS_TOKEN)"))
        #expect(!run.stderr.contains(token), "\(run.stderr)")
        let s2s = await TestShell.offline().run("auth s2s acct client --secret-env Sup3r-S3cret!")
        #expect(s2s.code == .authOrConfig)
        #expect(!s2s.stderr.contains("Sup3r-S3cret!"), "\(s2s.stderr)")
        #expect(s2s.stderr.contains("(in: auth s2s …)"))
        #expect(SecretFilter.isVariableName("ZOOM_CLIENT_SECRET") && SecretFilter.isVariableName("_x1"))
        #expect(
            !SecretFilter.isVariableName("1X") && !SecretFilter.isVariableName("a-b")
                && !SecretFilter.isVariableName(""))
    }

    @Test func authJwtRefusesAShortSecretAndKeepsTheOldCredentials() async throws {
        let shell = TestShell.offline { $0.environment = ["SHORT": "abc"] }
        let run = await shell.run("auth jwt my-key --secret-env SHORT")
        #expect(run.code == .authOrConfig)
        #expect(run.stderr.contains("the API secret in SHORT is 3 bytes long"))
        #expect(run.stderr.contains("nothing changed"))
        let auth = await shell.run("auth")
        #expect(auth.lastDocument?["method"] == nil, "no credentials were taken")
    }

    @Test func anInteractiveSessionAsksForTheSecret() async throws {
        let prompts = Mutex<[String]>([])
        let zoom = FakeZoom()
        let shell = TestShell.offline(transport: zoom.transport) {
            $0.isInteractive = true
            $0.readSecret = { prompt in
                prompts.withLock { $0.append(prompt) }
                return "typed-token-value"
            }
        }
        let (outcome, run) = await shell.line("auth token")
        #expect(outcome == .succeeded, "\(run.stderr)")
        #expect(prompts.withLock { $0 } == ["Access token: "])
        #expect(run.stderr.contains("access token (17 characters)"), "the note shows the kind, not the token")
        _ = await shell.line("get 85746065432")
        #expect(zoom.apiRequests.last?.headers["Authorization"] == "Bearer typed-token-value")
        let (_, shown) = await shell.line("auth")
        #expect(!shown.stdout.contains("typed-token-value"))
    }

    @Test func authTokenFromTheEnvironmentAndAuthRefresh() async throws {
        let zoom = FakeZoom()
        let shell = TestShell.offline(transport: zoom.transport) { $0.environment = ["TOK": "env-token"] }
        var run = await shell.run("auth token --env TOK\nget 85746065432")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(zoom.apiRequests.last?.headers["Authorization"] == "Bearer env-token")
        let s2sZoom = FakeZoom()
        let s2s = s2sZoom.shell()
        run = await s2s.run("auth refresh\nauth refresh")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents.count == 2)
        #expect(run.lastDocument?["refreshed"] == true)
        #expect(s2sZoom.requests.filter { $0.url.contains("/oauth/") }.count == 2, "each refresh gets a new token")
    }

    @Test func authJwtSignsItsOwnTokens() async throws {
        let zoom = FakeZoom()
        let shell = TestShell.offline(transport: zoom.transport) { $0.environment = ["API_SECRET": Self.secret] }
        let run = await shell.run("auth jwt my-api-key --secret-env API_SECRET\nget 85746065432")
        #expect(run.code == .success, "\(run.stderr)")
        let bearer = try #require(zoom.apiRequests.last?.headers["Authorization"])
        #expect(bearer.hasPrefix("Bearer eyJ"))
        let decoded = try await ZoomJWT.decode(String(bearer.dropFirst(7)), secret: Self.secret, now: FixedTime.now)
        #expect(decoded.signatureValid == true)
        #expect(decoded.payload["iss"] == "my-api-key")
    }

    @Test func jwtSignAndDecodeRoundTrip() async throws {
        let shell = TestShell.offline { $0.environment = ["SECRET": Self.secret] }
        let run = await shell.run(
            """
            jwt sign --secret-env SECRET --lifetime 5m iss=MyKey n=42 flag=true note="two words"
            let token = $last
            jwt decode $token --secret-env SECRET
            """)
        #expect(run.code == .success, "\(run.stderr)")
        let token = try #require(run.documents[0]?.stringValue)
        #expect(token.split(separator: ".").count == 3)
        let decoded = try #require(run.lastDocument)
        #expect(decoded["header"]?["alg"] == "HS256")
        let now = Int64(FixedTime.now.timeIntervalSince1970)
        #expect(
            decoded["payload"] == [
                "iss": "MyKey", "n": 42, "flag": true, "note": "two words", "iat": .int(now), "exp": .int(now + 300),
            ])
        #expect(decoded["signature_valid"] == true)
        #expect(decoded["expired"] == false)
    }

    @Test func jwtDecodeFindsABadSignatureAndExpiry() async throws {
        let shell = TestShell.offline {
            $0.environment = ["SECRET": Self.secret, "OTHER": String(Self.secret.reversed())]
        }
        let run = await shell.run(
            """
            jwt sign --secret-env SECRET exp=1000 iss=x
            jwt decode $last --secret-env OTHER
            """)
        #expect(run.code == .commandFailed, "a signature that does not match is a failure")
        #expect(run.stderr.contains("does not match the secret in OTHER"))
        #expect(run.lastDocument?["signature_valid"] == false, "the claims still print")
        #expect(run.lastDocument?["expired"] == true)
        let short = await shell.run("jwt sign --secret-env SHORT iss=x")
        #expect(short.code == .authOrConfig)
        let garbage = await shell.run("jwt decode not-a-token")
        #expect(garbage.code == .commandFailed)
        #expect(garbage.stderr.contains("three parts"))
    }

    @Test func jwtSignRefusesAShortSecret() async throws {
        let shell = TestShell.offline { $0.environment = ["SECRET": "short"] }
        let run = await shell.run("jwt sign --secret-env SECRET iss=x")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("at least 32 bytes"))
        #expect(!run.stderr.contains("short\n"))
    }

    @Test func sdkSignatureCarriesTheMeetingRoleAndLifetime() async throws {
        let shell = TestShell.offline { $0.environment = ["SDK_SECRET": Self.secret] }
        let run = await shell.run(
            """
            sdk signature 85746065432 --role host --lifetime 2h --key my-sdk-key --secret-env SDK_SECRET
            jwt decode $last.signature --secret-env SDK_SECRET
            """)
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents[0]?["sdkKey"] == "my-sdk-key")
        let payload = try #require(run.lastDocument?["payload"])
        let iat = Int64(FixedTime.now.timeIntervalSince1970)
        #expect(payload["mn"] == 85_746_065_432)
        #expect(payload["role"] == 1)
        #expect(payload["iat"] == .int(iat))
        #expect(payload["exp"] == .int(iat + 7200))
        #expect(run.lastDocument?["signature_valid"] == true)
    }

    @Test(arguments: ["29m", "48h1m", "1s"])
    func sdkSignatureLifetimeMustBeThirtyMinutesToTwoDays(lifetime: String) async throws {
        let shell = TestShell.offline { $0.environment = ["SDK_SECRET": Self.secret] }
        let run = await shell.run("sdk signature 1 --key k --secret-env SDK_SECRET --lifetime \(lifetime)")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("between 1800 and 172800 seconds"), "\(run.stderr)")
    }

    @Test(arguments: ["30m", "48h"])
    func sdkSignatureLifetimeBoundsAreAccepted(lifetime: String) async throws {
        let shell = TestShell.offline { $0.environment = ["SDK_SECRET": Self.secret] }
        let run = await shell.run("sdk signature 1 --key k --secret-env SDK_SECRET --lifetime \(lifetime)")
        #expect(run.code == .success, "\(run.stderr)")
    }

    @Test func sdkSignatureDefaultsToTheSessionsClientAndAttendee() async throws {
        let shell = TestShell.offline {
            $0.credentials = .s2s(accountID: "a", clientID: "the-client", clientSecret: Self.secret)
        }
        let run = await shell.run("sdk signature 123\njwt decode $last.signature")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents[0]?["sdkKey"] == "the-client")
        #expect(run.lastDocument?["payload"]?["role"] == 0)
        #expect(run.lastDocument?["payload"]?["appKey"] == "the-client")
        let noKey = await TestShell.offline().run("sdk signature 123")
        #expect(noKey.code == .commandFailed)
        #expect(noKey.stderr.contains("--key"))
    }

    @Test func profileListsAndSwitchesThroughTheInjectedLoader() async throws {
        let zoom = FakeZoom()
        let shell = TestShell.offline(transport: zoom.transport) {
            $0.profileNames = ["home", "work"]
            $0.profileName = "home"
            $0.loadProfile = { name in
                guard name == "work" else { throw ProfileMissing(name: name) }
                var profile = ShellProfile(name: "work")
                profile.credentials = .token("work-token")
                profile.apiURL = "https://eu.example.test/v2"
                profile.timeZone = FixedTime.madrid
                profile.host = "boss@example.com"
                return profile
            }
        }
        var run = await shell.run("profile")
        #expect(run.lastDocument == ["home", "work"])
        run = await shell.run("profile work\nprint $profile\nset topic x\nset start 2026-03-09 10:00\ncreate")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(run.documents[0] == "work")
        let create = try #require(zoom.apiRequests.last)
        #expect(create.url == "https://eu.example.test/v2/users/boss@example.com/meetings")
        #expect(create.headers["Authorization"] == "Bearer work-token")
        #expect(create.json?["timezone"] == "Europe/Madrid", "the profile's zone is the default")
        run = await shell.run("profile nowhere")
        #expect(run.code == .authOrConfig)
        #expect(run.stderr.contains("no profile named nowhere"))
    }

    @Test func profileWithoutAConfigFileIsAConfigurationError() async throws {
        let run = await TestShell.offline().run("profile work")
        #expect(run.code == .authOrConfig)
        #expect(run.stderr.contains("no config file"))
        let list = await TestShell.offline().run("profile")
        #expect(list.lastDocument == [])
    }
}

private struct ProfileMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "no profile named \(name)" }
}
