import Testing

@testable import ZoomShell

/// Lines that may hold a secret stay out of history, and errors about them never quote them.
@Suite("Secrets: history filter and unquoted errors")
struct SecretLineTests {
    @Test(arguments: [
        "auth s2s acc cid mysecret1",
        "auth s2s acc cid --client-secret=mysecret2",
        "auth s2s acc cid --client-secret mysecret2",
        "auth token abcdef0123456789secret3",
        "auth jwt key mysecret6",
        "auth token --env mysecret-7",
        "auth s2s acc cid --secret-env 'not a name'",
        "auth s2s acc cid --secret-env=",
        "auth s2s acc cid -- extra",
        "auth s2z acc cid mysecret",
        "auth refresh now",
        "set topic x; auth token tok",
        "whoami --secret=abc",
        "create --token=abc",
        "api GET /users/me --client_secret abc",
        "set password abc123",
        "set passcode abc123",
        "set Passcode abc123",
        "jwt decode abc",
    ])
    func linesWithSecretsAreKeptOutOfHistory(line: String) {
        #expect(Shell.lineCarriesSecret(line))
    }

    @Test func anEnvironmentVariableThatIsNotSetIsLikelyTheSecret() {
        #expect(Shell.lineCarriesSecret("auth token --env=mysecret7", environment: [:]))
        #expect(Shell.lineCarriesSecret("auth token --env mysecret7", environment: ["mysecret7": ""]))
        #expect(!Shell.lineCarriesSecret("auth token --env=mysecret7", environment: ["mysecret7": "tok"]))
        #expect(!Shell.lineCarriesSecret("auth token --env=mysecret7"), "without an environment, only the shape counts")
        #expect(
            !Shell.lineCarriesSecret("auth s2s a c --secret-env S", environment: ["S": "x"]))
    }

    @Test(arguments: [
        "auth", "auth refresh", "auth token", "auth token --env ZOOM_ACCESS_TOKEN", "auth token --env=MY_TOKEN",
        "auth s2s acc cid", "auth s2s acc cid --secret-env ZOOM_CLIENT_SECRET", "auth jwt key --secret-env=_S1",
        "set topic \"Weekly sync\"", "unset passcode", "show --json", "set default_pass on",
    ])
    func ordinaryLinesAreKept(line: String) {
        #expect(!Shell.lineCarriesSecret(line))
    }

    func syntaxError(_ source: String) -> SyntaxError? {
        CommandRegistry.parser.analyze(source, file: "-c").error
    }

    @Test func extraAuthArgumentsAreNamedNotQuoted() throws {
        let error = try #require(syntaxError("auth s2s ACC CID Sup3rS3cretValue"))
        #expect(
            error.rendered
                == "-c:1:18: auth s2s takes ACCOUNT_ID CLIENT_ID; argument 3 is not shown "
                + "(secrets are read with --secret-env or asked)")
        let token = try #require(syntaxError("echo hi\nauth token abcdef0123456789secret3"))
        #expect(
            token.rendered
                == "-c:2:12: auth token takes no arguments; argument 1 is not shown "
                + "(secrets are read with --env or asked)")
        let jwt = try #require(syntaxError("auth jwt key mysecret6"))
        #expect(!jwt.rendered.contains("mysecret6"))
        #expect(jwt.diagnostics.allSatisfy { $0.sourceLine.isEmpty && !$0.showsSourceLine })
    }

    @Test func unknownAuthOptionsAndSubcommandsAreNotQuoted() throws {
        let option = try #require(syntaxError("auth s2s acc cid --client-secret=mysecret2"))
        #expect(!option.rendered.contains("mysecret2"))
        #expect(option.rendered.hasPrefix("-c:1:18: unknown option '--client-secret' for 'auth s2s'"))
        let odd = try #require(syntaxError("auth token --Sup3rS3cret"))
        #expect(!odd.rendered.contains("Sup3rS3cret"))
        #expect(odd.rendered.hasPrefix("-c:1:12: unknown option (not shown) for 'auth token'"))
        let near = try #require(syntaxError("auth token --evn X"))
        #expect(near.rendered.contains("did you mean '--env'?"))
        let subcommand = try #require(syntaxError("auth Sup3rS3cret acc"))
        #expect(!subcommand.rendered.contains("Sup3rS3cret"))
        let pasted = try #require(syntaxError("eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln"))
        #expect(!pasted.rendered.contains("eyJ"))
    }

    @Test func otherErrorsStillShowTheLineAndCaret() throws {
        let error = try #require(syntaxError("get 1 2"))
        #expect(error.rendered.hasSuffix("\nget 1 2\n      ^"))
    }

    @Test func aScriptRunReportsAuthErrorsWithoutTheSecret() async {
        let shell = TestShell.offline()
        let run = await shell.run("auth s2s ACC CID Sup3rS3cretValue", file: "-c")
        #expect(run.code == .usage)
        #expect(!run.stderr.contains("Sup3rS3cretValue"), "\(run.stderr)")
        #expect(run.stderr.contains("argument 3 is not shown"))
        let typed = TestShell.offline { $0.isInteractive = true }
        let (_, line) = await typed.line("auth token abcdef0123456789secret3")
        #expect(!line.stderr.contains("secret3"), "\(line.stderr)")
        #expect(line.stderr.hasPrefix("error: auth token takes no arguments"))
    }
}
