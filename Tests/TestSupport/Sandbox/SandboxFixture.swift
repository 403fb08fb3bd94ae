import ZoomSandbox

/// The in-process sandbox of the tests: started on a free loopback port, stopped after the body.
///
/// Each test target adds what it drives the sandbox with (an HTTP client, a shell configuration,
/// a zoomsh process) around ``with(_:_:)``.
public enum SandboxFixture {
    /// Runs `body` with a sandbox started with `configuration` (port 0 unless it names one), and
    /// stops the sandbox afterwards, also when `body` throws.
    public static func with<T: Sendable>(
        _ configuration: SandboxConfiguration, _ body: (Sandbox) async throws -> T
    ) async throws -> T {
        let sandbox = try await Sandbox.start(configuration)
        do {
            let result = try await body(sandbox)
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }
}
