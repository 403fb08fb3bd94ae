import Foundation
import TestSupport
import ZoomSandbox
import ZoomShell

/// The shared sandbox fixture (``SandboxFixture``) with what the shell's tests drive it with: the
/// fixed clock, limits high enough that tests never meet them unless they mean to, and a shell
/// configuration pointing at it.
enum TestSandbox {
    /// The sandbox configuration tests use: the roomy plan (the clock stands still), no daily
    /// limit in reach, no injected wait.
    static func configuration(now: Date = FixedTime.now) -> SandboxConfiguration {
        SandboxConfiguration(
            plan: .unlimited, clock: ManualSandboxClock(now), dailyMeetingLimit: 10_000,
            sleep: { _ in })
    }

    /// Runs `body` with a started sandbox and a shell configuration pointing at it (what
    /// `zoomsh --sandbox` sets up), then stops the sandbox.
    static func with<T: Sendable>(
        _ configuration: SandboxConfiguration = TestSandbox.configuration(),
        _ body: (Sandbox, ShellConfiguration) async throws -> T
    ) async throws -> T {
        try await SandboxFixture.with(configuration) { sandbox in
            try await body(sandbox, shellConfiguration(for: sandbox))
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
