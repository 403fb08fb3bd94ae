import Foundation
import ZoomModels

@testable import ZoomSandbox

/// A plan with limits no functional test reaches.
let roomyPlan = SandboxPlan(name: "roomy", lightPerSecond: 100_000, mediumPerSecond: 100_000, heavyPerSecond: 100_000)

/// The instant the tests' clocks start at (a Monday).
let testEpoch = "2026-06-01T12:00:00Z"

/// A configuration for tests: an ephemeral port, a manual clock at `testEpoch` and a plan
/// whose per-second limits no functional test reaches.
func testConfiguration(
    clock: ManualSandboxClock = ManualSandboxClock(iso8601: testEpoch), plan: SandboxPlan = roomyPlan,
    configure: (inout SandboxConfiguration) -> Void = { _ in }
) -> SandboxConfiguration {
    var configuration = SandboxConfiguration(port: 0, plan: plan, clock: clock)
    configure(&configuration)
    return configuration
}

/// Runs `body` with a started sandbox and a client, and stops the sandbox afterwards.
@discardableResult
func withSandbox<T: Sendable>(
    _ configuration: SandboxConfiguration = testConfiguration(),
    _ body: (Sandbox, TestClient) async throws -> T
) async throws -> T {
    let sandbox = try await Sandbox.start(configuration)
    do {
        let result = try await body(sandbox, TestClient(sandbox: sandbox))
        await sandbox.stop()
        return result
    } catch {
        await sandbox.stop()
        throw error
    }
}

/// A fresh path for a state file in a new temporary directory.
func temporaryStatePath() throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoomsh-sandbox-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent("state.json").path
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
