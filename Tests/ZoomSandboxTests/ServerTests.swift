import Foundation
import Testing

@testable import ZoomSandbox

@Suite("Server")
struct ServerTests {
    @Test func ephemeralPortAndURLs() async throws {
        try await withSandbox { sandbox, client in
            #expect(sandbox.port > 0)
            #expect(sandbox.baseURL == "http://127.0.0.1:\(sandbox.port)/v2")
            #expect(sandbox.oauthURL == "http://127.0.0.1:\(sandbox.port)/oauth/token")
            #expect(sandbox.credentials == .standard)
            let token = try await client.token()
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
        }
    }

    @Test func aBusyPortIsReportedNotTrapped() async throws {
        try await withSandbox { sandbox, _ in
            do {
                let second = try await Sandbox.start(testConfiguration { $0.port = sandbox.port })
                await second.stop()
                Issue.record("a second sandbox bound the same port")
            } catch let error as SandboxError {
                #expect(error.kind == .portInUse)
                #expect(error.message.hasPrefix("port \(sandbox.port) is in use"))
            }
        }
    }

    @Test(arguments: ["0.0.0.0", "localhost", "192.168.1.10", "::"])
    func onlyLoopbackIsAllowed(host: String) async throws {
        do {
            let sandbox = try await Sandbox.start(testConfiguration { $0.host = host })
            await sandbox.stop()
            Issue.record("host \(host) was accepted")
        } catch let error as SandboxError {
            #expect(error.kind == .hostNotAllowed)
            #expect(error.message.contains("127.0.0.1"))
        }
    }

    @Test func shortAPISecretIsRefusedClearly() async throws {
        var configuration = testConfiguration()
        configuration.credentials.apiSecret = "short"
        do {
            let sandbox = try await Sandbox.start(configuration)
            await sandbox.stop()
            Issue.record("a 5-byte API secret was accepted")
        } catch let error as SandboxError {
            #expect(error.kind == .invalidConfiguration)
            #expect(error.message.contains("32"))
            #expect(!error.message.contains("short"))
        }
    }

    @Test func stopClosesThePort() async throws {
        let sandbox = try await Sandbox.start(testConfiguration())
        let client = TestClient(sandbox: sandbox)
        #expect(try await client.send(.POST, "/oauth/token").status == 400)
        await sandbox.stop()
        await #expect(throws: (any Error).self) {
            _ = try await client.send(.POST, "/oauth/token", timeout: .seconds(1))
        }
        let again = try await Sandbox.start(testConfiguration { $0.port = sandbox.port })
        #expect(again.port == sandbox.port)
        await again.stop()
    }

    @Test func runServesUntilCancelled() async throws {
        let sandbox = try await Sandbox.start(testConfiguration())
        let serving = Task { try await sandbox.run() }
        let client = TestClient(sandbox: sandbox)
        #expect(try await client.send(.POST, "/oauth/token").status == 400)
        serving.cancel()
        try await serving.value
        // AsyncHTTPClient retries refused connections until its deadline: keep it short.
        await #expect(throws: (any Error).self) {
            _ = try await client.send(.POST, "/oauth/token", timeout: .seconds(1))
        }
        let again = try await Sandbox.start(testConfiguration { $0.port = sandbox.port })
        #expect(again.port == sandbox.port)
        await again.stop()
    }
}
