import Foundation
import Testing

@testable import ZoomshCLI

@Suite("ConfigFile: parsing and checks")
struct ConfigFileTests {
    static let path = "/home/u/.config/zoomsh/config.toml"

    func parse(_ text: String) throws(ConfigError) -> ConfigFile { try ConfigFile.parse(text, path: Self.path) }

    func message(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "(accepted)"
        } catch {
            return error.message
        }
    }

    @Test func everyKeyLandsInItsField() throws {
        let config = try parse(
            """
            default_profile = "work"
            [profiles.work]
            account_id = "acct"
            client_id = "client"
            client_secret = "secret"
            client_secret_env = "WORK_SECRET"
            api_key = "key"
            api_secret = "jwt-secret"
            api_secret_env = "JWT_SECRET"
            access_token = "token"
            api_url = "https://api-eu.zoom.us/v2"
            oauth_url = "https://zoom.us/oauth/token"
            timezone = "Europe/Madrid"
            host = "ana@example.com"
            output = "plain"
            """)
        #expect(config.path == Self.path)
        #expect(config.defaultProfile == "work")
        let work = try #require(config.profiles["work"])
        #expect(work.name == "work")
        #expect(work.accountID == "acct")
        #expect(work.clientID == "client")
        #expect(work.clientSecret == "secret")
        #expect(work.clientSecretEnv == "WORK_SECRET")
        #expect(work.apiKey == "key")
        #expect(work.apiSecret == "jwt-secret")
        #expect(work.apiSecretEnv == "JWT_SECRET")
        #expect(work.accessToken == "token")
        #expect(work.apiURL == "https://api-eu.zoom.us/v2")
        #expect(work.oauthURL == "https://zoom.us/oauth/token")
        #expect(work.timezone == "Europe/Madrid")
        #expect(work.host == "ana@example.com")
        #expect(work.output == "plain")
    }

    @Test func everyDocumentedKeyIsAccepted() throws {
        for key in Profile.keys {
            let value =
                key.hasSuffix("url")
                ? "https://x.example/v2" : key == "timezone" ? "UTC" : key == "output" ? "json" : "v"
            #expect(throws: Never.self) { try parse("[profiles.p]\n\(key) = \"\(value)\"\n") }
        }
    }

    @Test func emptyFileHasNoProfiles() throws {
        let config = try parse("")
        #expect(config.profiles.isEmpty)
        #expect(config.defaultProfile == nil)
    }

    @Test func profileNamesAreSorted() throws {
        let config = try parse("[profiles.zeta]\n[profiles.alpha]\n[profiles.mid]\n")
        #expect(config.profileNames == ["alpha", "mid", "zeta"])
    }

    @Test func secretsAreRecognised() throws {
        let config = try parse(
            """
            [profiles.s2s]
            client_secret = "x"
            [profiles.jwt]
            api_secret = "x"
            [profiles.token]
            access_token = "x"
            [profiles.named]
            client_secret_env = "X"
            api_secret_env = "Y"
            account_id = "a"
            """)
        #expect(config.profiles["s2s"]?.holdsSecret == true)
        #expect(config.profiles["jwt"]?.holdsSecret == true)
        #expect(config.profiles["token"]?.holdsSecret == true)
        #expect(config.profiles["named"]?.holdsSecret == false)
    }

    @Test func unknownKeysAreRefusedWithTheNearestOne() {
        let top = message("defualt_profile = \"a\"\n")
        #expect(
            top.contains("unknown key 'defualt_profile'") && top.contains("did you mean 'default_profile'"), "\(top)")
        let inProfile = message("[profiles.a]\nclient_secert = \"x\"\n")
        #expect(
            inProfile.contains("[profiles.a]") && inProfile.contains("did you mean 'client_secret'"), "\(inProfile)")
        #expect(inProfile.contains("allowed: account_id"), "\(inProfile)")
        #expect(!inProfile.contains("\"x\""))
    }

    @Test func defaultProfileMustExist() {
        let text = message("default_profile = \"work\"\n[profiles.home]\n")
        #expect(text.contains("default_profile 'work'") && text.contains("profiles: home"), "\(text)")
        #expect(message("default_profile = \"work\"\n").contains("profiles: none"))
    }

    @Test func wrongTypesAreRefused() {
        #expect(message("default_profile = 3\n").contains("default_profile must be a string"))
        #expect(message("profiles = \"x\"\n").contains("[profiles.NAME]"))
        #expect(message("[profiles]\nwork = 1\n").contains("profiles.work must be a table"))
        let number = message("[profiles.a]\nclient_secret = 12345678\n")
        #expect(number.contains("client_secret must be a string") && !number.contains("12345678"), "\(number)")
    }

    @Test func valuesAreChecked() {
        let url = message("[profiles.a]\napi_url = \"api.zoom.us\"\n")
        #expect(url.contains("[profiles.a] api_url") && url.contains("http(s) URL"), "\(url)")
        #expect(message("[profiles.a]\noauth_url = \"ftp://zoom.us/oauth\"\n").contains("ftp"))
        #expect(message("[profiles.a]\ntimezone = \"Mars/Olympus\"\n").contains("unknown time zone 'Mars/Olympus'"))
        let abbreviation = message("[profiles.a]\ntimezone = \"PST\"\n")
        #expect(abbreviation.contains("'PST' is an abbreviation") && abbreviation.contains("America/Los_Angeles"))
        #expect(message("[profiles.a]\ntimezone = \"europe/madrid\"\n") == "(accepted)", "IANA names in any case")
        #expect(message("[profiles.a]\noutput = \"xml\"\n").contains("table, json or plain"))
        #expect(message("[profiles.a]\nclient_id = \"\"\n").contains("client_id: is empty"))
        #expect(message("[profiles.a]\noutput = \"JSON\"\n") == "(accepted)")
    }

    @Test func syntaxErrorsNameFileLineAndColumn() {
        let text = message("[profiles.a]\naccount_id = \"ok\"\nclient_id = oops\n")
        #expect(text.hasPrefix("\(Self.path):3:"), "\(text)")
        let secret = message("[profiles.a]\nclient_secret = \"never-closed-secret\n")
        #expect(!secret.contains("never-closed-secret"), "\(secret)")
    }
}
