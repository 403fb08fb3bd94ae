import Testing

@testable import LineEditing

@Suite struct HistoryLocationTests {
    @Test func followsXDGStateHome() {
        #expect(
            HistoryLocation.defaultFilePath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/zoomsh/history")
        #expect(
            HistoryLocation.defaultFilePath(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]) == "/s/zoomsh/history"
        )
    }

    @Test func fallsBackToTheHomeDirectory() {
        #expect(HistoryLocation.defaultFilePath(environment: ["HOME": "/h"]) == "/h/.local/state/zoomsh/history")
        // A relative XDG_STATE_HOME is invalid per the XDG specification and ignored.
        #expect(
            HistoryLocation.defaultFilePath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
                == "/h/.local/state/zoomsh/history")
        #expect(
            HistoryLocation.defaultFilePath(application: "x", environment: ["HOME": "/h/"])
                == "/h/.local/state/x/history")
        // Without HOME the password database answers.
        #expect(HistoryLocation.defaultFilePath(environment: [:])?.hasSuffix("/.local/state/zoomsh/history") == true)
    }

    @Test func expandsTilde() {
        let environment = ["HOME": "/home/ann"]
        #expect(HistoryLocation.expandingTilde("~/h", environment: environment) == "/home/ann/h")
        #expect(HistoryLocation.expandingTilde("~", environment: environment) == "/home/ann")
        #expect(HistoryLocation.expandingTilde("/abs/~/x", environment: environment) == "/abs/~/x")
        #expect(HistoryLocation.expandingTilde("~bob/x", environment: environment) == "~bob/x")
    }
}
