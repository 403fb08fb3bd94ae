import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Rate limits")
struct RateLimitTests {
    static let dailyMessage =
        "You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this "
        + "particular user. You may resume these requests at GMT 00:00:00."

    @Test func the101stCreateOfADayIsRefusedUntilMidnightUTC() async throws {
        let clock = ManualSandboxClock(iso8601: "2026-11-30T22:00:00Z")
        try await withSandbox(testConfiguration(clock: clock)) { sandbox, client in
            let token = try await client.token()
            for number in 1...100 {
                let response = try await client.api(
                    .POST, "/users/me/meetings", token: token, json: ["topic": .string("n\(number)")])
                #expect(response.status == 201, "create \(number)")
            }
            let refused = try await client.api(.POST, "/users/me/meetings", token: token, json: ["topic": "101"])
            #expect(refused.status == 429)
            #expect(refused.code == 429)
            #expect(refused.message == Self.dailyMessage)
            #expect(refused.header("X-RateLimit-Category") == "Light")
            #expect(refused.header("X-RateLimit-Type") == "Daily-limit")
            #expect(refused.header("X-RateLimit-Limit") == "100")
            #expect(refused.header("X-RateLimit-Remaining") == "0")
            #expect(refused.header("Retry-After") == "2026-12-01T00:00:00Z")
            #expect(await sandbox.meetingCount() == 100)

            // Updates count too; another user is not affected.
            let id = try #require(await sandbox.snapshot().meetings.first?["id"]?.intValue)
            let update = try await client.api(.PATCH, "/meetings/\(id)", token: token, json: ["topic": "again"])
            #expect(update.status == 429)
            let other = try await client.api(
                .POST, "/users/yuki.sato@sandbox.example.com/meetings", token: token, json: [:])
            #expect(other.status == 201)
            // Reading is not limited by the daily counter.
            #expect(try await client.api(.GET, "/meetings/\(id)", token: token).status == 200)

            clock.set(instant("2026-12-01T00:00:00Z"))
            let tomorrow = try await client.token()
            let again = try await client.api(.POST, "/users/me/meetings", token: tomorrow, json: ["topic": "new day"])
            #expect(again.status == 201)
            #expect(await sandbox.snapshot().dailyCounts["KDcuGIm1QgePTO8WbOqwIQ"] == 1)
        }
    }

    @Test func aBurstOverThePerSecondLimitGets429() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock, plan: .free)) { _, client in
            let token = try await client.token()
            for number in 1...4 {
                let response = try await client.api(.GET, "/users/me", token: token)
                #expect(response.status == 200, "request \(number)")
                #expect(response.header("X-RateLimit-Category") == "Light")
                #expect(response.header("X-RateLimit-Remaining") == String(4 - number))
            }
            let refused = try await client.api(.GET, "/users/me", token: token)
            #expect(refused.status == 429)
            #expect(
                refused.message == "You have reached the maximum per-second rate limit for this API. Try again later.")
            #expect(refused.header("X-RateLimit-Type") == "QPS")
            #expect(refused.header("X-RateLimit-Limit") == "4")
            #expect(refused.header("Retry-After") == "1")
            // Medium has its own quota.
            #expect(try await client.api(.GET, "/users/me/meetings", token: token).status == 200)
            #expect(try await client.api(.GET, "/users/me/meetings", token: token).status == 200)
            let medium = try await client.api(.GET, "/users/me/meetings", token: token)
            #expect(medium.status == 429)
            #expect(medium.header("X-RateLimit-Category") == "Medium")
            clock.advance(by: 1)
            #expect(try await client.api(.GET, "/users/me", token: token).status == 200)
        }
    }

    @Test(arguments: [(SandboxPlan.free, 4), (.pro, 30), (.business, 80)])
    func lightLimitOfEachPlan(plan: SandboxPlan, limit: Int) async throws {
        try await withSandbox(testConfiguration(plan: plan)) { _, client in
            let token = try await client.token()
            for _ in 0..<limit { #expect(try await client.api(.GET, "/users/me", token: token).status == 200) }
            #expect(try await client.api(.GET, "/users/me", token: token).status == 429)
        }
    }

    @Test func plansByName() {
        #expect(SandboxPlan(named: "Pro") == .pro)
        #expect(SandboxPlan(named: "business")?.mediumPerSecond == 60)
        #expect(SandboxPlan(named: "enterprise") == nil)
        #expect(SandboxConfiguration().plan == .pro)
    }
}
