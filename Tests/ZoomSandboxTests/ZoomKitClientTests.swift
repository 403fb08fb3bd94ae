import Foundation
import Testing
import ZoomKit

@testable import ZoomSandbox

/// ZoomKit's own client (Server-to-Server OAuth provider, AsyncHTTPClient transport,
/// `ZoomClient`) against a live sandbox: the two sides agree on the wire.
@Suite("ZoomKit's client against the sandbox")
struct ZoomKitClientTests {
    private func client(_ sandbox: Sandbox, configuration: ZoomClient.Configuration = .init()) -> ZoomClient {
        let credentials = sandbox.credentials
        let provider = ServerToServerTokenProvider(
            accountID: credentials.accountID, clientID: credentials.clientID, clientSecret: credentials.clientSecret,
            oauthURL: sandbox.oauthURL, transport: AsyncHTTPClientTransport.shared)
        return ZoomClient(
            tokenProvider: provider, transport: AsyncHTTPClientTransport.shared, configuration: configuration)
    }

    @Test func createGetListDelete() async throws {
        try await withSandbox { sandbox, _ in
            let client = client(sandbox)
            let created = try await client.createMeeting(body: [
                "topic": "from ZoomKit", "start_time": "2026-07-01T10:00:00Z",
            ])
            #expect(client.baseURL == sandbox.baseURL)
            let fetched = try await client.meeting(id: created.id)
            #expect(fetched.topic == "from ZoomKit")
            #expect(fetched.uuid == created.uuid)
            for number in 0..<4 { _ = try await client.createMeeting(body: ["topic": .string("more \(number)")]) }
            var listed: [Int64] = []
            for try await item in try client.meetings(query: MeetingListQuery(pageSize: 2)) { listed.append(item.id) }
            #expect(listed.count == 5)
            #expect(Set(listed).count == 5)
            try await client.deleteMeeting(id: created.id)
            #expect(await sandbox.meetingCount() == 4)
            await #expect(throws: (any Error).self) { _ = try await client.meeting(id: created.id) }
        }
    }

    @Test func aStormOf429sIsRiddenOut() async throws {
        let configuration = testConfiguration { $0.faults = SandboxFaults(rateLimitStorm: 2) }
        try await withSandbox(configuration) { sandbox, _ in
            let client = client(sandbox, configuration: ZoomClient.Configuration(sleep: { _ in }))
            let created = try await client.createMeeting(body: ["topic": "after the storm"])
            #expect(created.topic == "after the storm")
            #expect(await sandbox.meetingCount() == 1)
        }
    }
}
