import Foundation
import TestSupport
import ZoomModels

@testable import ZoomSandbox

/// The instant the tests' clocks start at (a Monday).
let testEpoch = "2026-06-01T12:00:00Z"

/// A configuration for tests: an ephemeral port, a manual clock at `testEpoch` and a plan
/// whose per-second limits no functional test reaches.
func testConfiguration(
    clock: ManualSandboxClock = ManualSandboxClock(iso8601: testEpoch), plan: SandboxPlan = .unlimited,
    configure: (inout SandboxConfiguration) -> Void = { _ in }
) -> SandboxConfiguration {
    var configuration = SandboxConfiguration(port: 0, plan: plan, clock: clock)
    configure(&configuration)
    return configuration
}

/// Runs `body` with a started sandbox (``SandboxFixture``) and a client, and stops the sandbox
/// afterwards.
@discardableResult
func withSandbox<T: Sendable>(
    _ configuration: SandboxConfiguration = testConfiguration(),
    _ body: (Sandbox, TestClient) async throws -> T
) async throws -> T {
    try await SandboxFixture.with(configuration) { sandbox in
        try await body(sandbox, TestClient(sandbox: sandbox))
    }
}

/// An instant from `yyyy-MM-ddTHH:mm:ssZ`.
func instant(_ text: String) -> Date { ZoomDateTime.date(text, timeZone: nil)! }

/// A snapshot without the `start_url`s, whose tokens change on every look: for comparing two.
func comparable(_ snapshot: SandboxSnapshot) -> SandboxSnapshot {
    var copy = snapshot
    copy.meetings = snapshot.meetings.map { meeting in
        guard case .object(var object) = meeting else { return meeting }
        object["start_url"] = nil
        return .object(object)
    }
    return copy
}
