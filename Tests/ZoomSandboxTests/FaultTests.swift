import Foundation
import Testing

@testable import ZoomSandbox

/// Records the latency the sandbox asks to wait instead of waiting.
actor SleepRecorder {
    private(set) var waits: [Duration] = []
    func record(_ duration: Duration) { waits.append(duration) }
}

@Suite("Fault injection")
struct FaultTests {
    @Test func latencyIsAddedToEveryRequest() async throws {
        let recorder = SleepRecorder()
        let configuration = testConfiguration {
            $0.faults = SandboxFaults(latency: .milliseconds(250))
            $0.sleep = { await recorder.record($0) }
        }
        try await withSandbox(configuration) { _, client in
            let token = try await client.token()
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
            #expect(try await client.api(.GET, "/meetings/1", token: token).status == 404)
        }
        #expect(await recorder.waits == Array(repeating: .milliseconds(250), count: 3))
    }

    @Test func latencyLongerThanTheClientsTimeoutTimesOut() async throws {
        let configuration = testConfiguration { $0.faults = SandboxFaults(latency: .seconds(30)) }
        try await withSandbox(configuration) { sandbox, client in
            await #expect(throws: (any Error).self) {
                _ = try await client.send(.GET, "/v2/users/me", timeout: .milliseconds(200))
            }
            try await sandbox.setFaults(.none)
            let token = try await client.token()
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
        }
    }

    @Test func everyRequestFailsWithA5xxAndNothingIsCreated() async throws {
        let configuration = testConfiguration { $0.faults = SandboxFaults(serverErrorRate: 1) }
        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            for _ in 0..<10 {
                let response = try await client.api(.POST, "/users/me/meetings", token: token, json: ["topic": "x"])
                #expect([500, 502, 503].contains(response.status))
                #expect(response.code == Int64(response.status))
                #expect(response.header("x-zm-trackingid") != nil)
            }
            #expect(await sandbox.meetingCount() == 0)
        }
    }

    @Test func aSeededShareOf5xxIsTheSameOnEveryRun() async throws {
        func statuses() async throws -> [Int] {
            let configuration = testConfiguration { $0.faults = SandboxFaults(serverErrorRate: 0.5, seed: 42) }
            return try await withSandbox(configuration) { _, client in
                let token = try await client.token()
                var statuses: [Int] = []
                for _ in 0..<40 { statuses.append(try await client.api(.GET, "/users/me", token: token).status) }
                return statuses
            }
        }
        let first = try await statuses()
        let second = try await statuses()
        #expect(first == second)
        let failures = first.filter { $0 >= 500 }.count
        #expect(failures > 5 && failures < 35)
    }

    @Test func aDroppedConnectionStillCreatesTheMeeting() async throws {
        let configuration = testConfiguration { $0.faults = SandboxFaults(dropNext: 1) }
        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            await #expect(throws: (any Error).self) {
                _ = try await client.api(.POST, "/users/me/meetings", token: token, json: ["topic": "lost answer"])
            }
            let snapshot = await sandbox.snapshot()
            #expect(snapshot.meetingCount == 1)
            #expect(snapshot.meetings.first?["topic"] == "lost answer")
            #expect(snapshot.dailyCounts["KDcuGIm1QgePTO8WbOqwIQ"] == 1)
            let list = try await client.api(.GET, "/users/me/meetings", token: token)
            #expect(list.json?["total_records"] == 1)
        }
    }

    @Test func aShareOfDroppedConnections() async throws {
        let configuration = testConfiguration { $0.faults = SandboxFaults(dropRate: 1) }
        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            for number in 0..<3 {
                await #expect(throws: (any Error).self) {
                    _ = try await client.api(
                        .POST, "/users/me/meetings", token: token, json: ["topic": .string("d\(number)")])
                }
            }
            #expect(await sandbox.meetingCount() == 3)
        }
    }

    @Test func aStormOf429s() async throws {
        let configuration = testConfiguration { $0.faults = SandboxFaults(rateLimitStorm: 3) }
        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            for _ in 0..<3 {
                let response = try await client.api(.POST, "/users/me/meetings", token: token, json: [:])
                #expect(response.status == 429)
                #expect(response.header("X-RateLimit-Type") == "QPS")
                #expect(response.header("Retry-After") == "1")
            }
            #expect(await sandbox.meetingCount() == 0)
            #expect(try await client.api(.POST, "/users/me/meetings", token: token, json: [:]).status == 201)
            try await sandbox.setFaults(SandboxFaults(rateLimitStorm: 1))
            #expect(try await client.api(.GET, "/users/me", token: token).status == 429)
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
        }
    }

    @Test func invalidFaultsAreRefused() async throws {
        await #expect(throws: SandboxError.self) {
            _ = try await Sandbox.start(testConfiguration { $0.faults = SandboxFaults(serverErrorRate: 1.5) })
        }
        try await withSandbox { sandbox, _ in
            await #expect(throws: SandboxError.self) { try await sandbox.setFaults(SandboxFaults(dropRate: -1)) }
        }
    }
}
