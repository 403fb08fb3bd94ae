import Foundation
import ZoomSandbox
import ZoomShell

/// A sandbox started in-process on a free loopback port, on the fixed clock, with limits high
/// enough that tests never meet them unless they mean to.
enum TestSandbox {
    /// A plan whose per-second limits no test reaches (the clock stands still).
    static let roomyPlan = SandboxPlan(
        name: "test", lightPerSecond: 100_000, mediumPerSecond: 100_000, heavyPerSecond: 100_000)

    /// The sandbox configuration tests use.
    static func configuration(now: Date = FixedTime.now) -> SandboxConfiguration {
        SandboxConfiguration(
            plan: roomyPlan, clock: ManualSandboxClock(now), dailyMeetingLimit: 10_000, sleep: { _ in })
    }

    /// Runs `body` with a started sandbox and a shell configuration pointing at it (what
    /// `zoomsh --sandbox` sets up), then stops the sandbox.
    static func with<T: Sendable>(
        _ configuration: SandboxConfiguration = TestSandbox.configuration(),
        _ body: (Sandbox, ShellConfiguration) async throws -> T
    ) async throws -> T {
        let sandbox = try await Sandbox.start(configuration)
        do {
            let result = try await body(sandbox, shellConfiguration(for: sandbox))
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    /// A test shell configuration for `sandbox` (json output, fixed clock, New York local).
    static func shellConfiguration(for sandbox: Sandbox) -> ShellConfiguration {
        var configuration = ShellConfiguration.testing()
        configuration.isSandbox = true
        configuration.apiURL = sandbox.baseURL
        configuration.oauthURL = sandbox.oauthURL
        configuration.profileName = "sandbox"
        let credentials = sandbox.credentials
        configuration.credentials = .s2s(
            accountID: credentials.accountID, clientID: credentials.clientID, clientSecret: credentials.clientSecret)
        return configuration
    }
}
