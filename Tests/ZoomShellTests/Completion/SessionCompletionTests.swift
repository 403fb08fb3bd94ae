import Foundation
import TestSupport
import Testing

@testable import ZoomShell

/// Completions that depend on the session: profiles, the draft's fields, the session's $HOME.
struct SessionCompletionTests {
    func texts(_ line: String, _ context: CompletionContext) -> [String] {
        Completer.complete(line: line, cursor: line.count, context: context).items.map(\.text)
    }

    @Test func profileCompletesProfileNames() {
        let context = CompletionContext(profileNames: ["personal", "work", "work-eu"])
        #expect(texts("profile ", context) == ["personal", "work", "work-eu"])
        #expect(texts("profile wo", context) == ["work", "work-eu"])
        #expect(texts("profile work ", context) == [])
    }

    @Test func unsetCompletesOnlyTheFieldsThatAreSet() {
        let context = CompletionContext(setFields: ["topic", "settings.audio", "settings.waiting_room", "host"])
        #expect(texts("unset ", context) == ["topic", "settings.", "host"])
        #expect(texts("unset settings.", context) == ["settings.audio", "settings.waiting_room"])
        #expect(texts("unset topic ", context) == ["topic", "settings.", "host"])
        #expect(texts("unset ", CompletionContext()) == [], "an empty draft has nothing to unset")
    }

    @Test func theShellSnapshotHasProfilesSetFieldsAndHome() async {
        let shell = TestShell.offline {
            $0.profileNames = ["a", "b"]
            $0.environment = ["HOME": "/home/someone"]
        }
        _ = await shell.run("set topic x\nset settings.audio voip\nset host boss@example.com")
        let context = await shell.shell.completionContext
        #expect(context.profileNames == ["a", "b"])
        #expect(context.setFields == ["topic", "settings.audio", "host"])
        #expect(context.homeDirectory == "/home/someone")
    }

    @Test func tildeIsTheSessionsHome() throws {
        let home = try TemporaryDirectory()
        try home.write("alpha.zsh", "")
        let context = CompletionContext(workingDirectory: "/", homeDirectory: home.path)
        #expect(texts("source ~/al", context) == ["~/alpha.zsh"])
    }
}
