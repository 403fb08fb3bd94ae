import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox

@Suite("Listing meetings")
struct PaginationTests {
    @Test func sevenHundredMeetingsInThreePagesOf300() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        let configuration = testConfiguration(clock: clock) { $0.dailyMeetingLimit = 1000 }
        try await withSandbox(configuration) { sandbox, client in
            let token = try await client.token()
            var created = Set<Int64>()
            for number in 0..<700 {
                let day = 2 + number % 28
                let start = String(format: "2026-07-%02dT%02d:00:00Z", day, number % 24)
                let meeting = try await client.createMeeting(
                    ["topic": .string("m\(number)"), "start_time": .string(start)], token: token)
                created.insert(try #require(meeting["id"]?.intValue))
            }
            #expect(created.count == 700)
            #expect(await sandbox.meetingCount() == 700)

            var seen: [Int64] = []
            var pages = 0
            var nextToken = ""
            repeat {
                let query = "page_size=300" + (nextToken.isEmpty ? "" : "&next_page_token=\(nextToken)")
                let page = try #require(try await client.api(.GET, "/users/me/meetings?\(query)", token: token).json)
                pages += 1
                #expect(page["total_records"] == 700)
                #expect(page["page_size"] == 300)
                #expect(page["page_count"] == 3)
                #expect(page["page_number"] == .int(Int64(pages)))
                let items = page["meetings"]?.arrayValue ?? []
                #expect(items.count == (pages < 3 ? 300 : 100))
                seen += items.compactMap { $0["id"]?.intValue }
                nextToken = page["next_page_token"]?.stringValue ?? ""
            } while !nextToken.isEmpty && pages < 5
            #expect(pages == 3)
            #expect(seen.count == 700)
            #expect(Set(seen) == created)
            let starts =
                try await client.api(.GET, "/users/me/meetings?page_size=300", token: token).json?["meetings"]?
                .arrayValue?.compactMap { $0["start_time"]?.stringValue } ?? []
            #expect(starts == starts.sorted())
        }
    }

    @Test func defaultPageSizeAndLimits() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await client.token()
            for number in 0..<35 { _ = try await client.createMeeting(["topic": .string("m\(number)")], token: token) }
            let first = try #require(try await client.api(.GET, "/users/me/meetings", token: token).json)
            #expect(first["page_size"] == 30)
            #expect(first["meetings"]?.arrayValue?.count == 30)
            let nextToken = try #require(first["next_page_token"]?.stringValue)
            #expect(!nextToken.isEmpty)

            let tooBig = try await client.api(.GET, "/users/me/meetings?page_size=301", token: token)
            #expect(tooBig.status == 400)
            #expect(tooBig.code == 300)
            #expect(tooBig.json?["errors"]?[0]?["field"] == "page_size")

            clock.advance(by: 15 * 60)
            let expired = try await client.api(.GET, "/users/me/meetings?next_page_token=\(nextToken)", token: token)
            #expect(expired.status == 400)
            #expect(expired.code == 300)
            #expect(expired.message == "The next page token is invalid or expired.")
            let bogus = try await client.api(.GET, "/users/me/meetings?next_page_token=bogus", token: token)
            #expect(bogus.code == 300)
        }
    }

    @Test func summaryShapeAndTruncatedAgenda() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let agenda = String(repeating: "a", count: 400)
            let created = try await client.createMeeting(
                ["topic": "Summary", "agenda": .string(agenda), "start_time": "2026-07-01T10:00:00Z"], token: token)
            _ = try await client.createMeeting(["type": 1, "topic": "instant"], token: token)
            // The list's schema has types 1, 2, 3 and 8 only: screen-share-only meetings are not listed.
            _ = try await client.createMeeting(["type": 10, "topic": "screen share only"], token: token)
            let page = try #require(try await client.api(.GET, "/users/me/meetings", token: token).json)
            #expect(page["total_records"] == 1)
            let item = try #require(page["meetings"]?[0])
            #expect(item["agenda"]?.stringValue?.count == 250)
            #expect(item["id"] == created["id"])
            #expect(item["uuid"] == created["uuid"])
            #expect(item["join_url"] == created["join_url"])
            #expect(item["start_time"] == "2026-07-01T10:00:00Z")
            #expect(item["password"] == nil)
            #expect(item["settings"] == nil)
        }
    }

    @Test func typeAndDateFilters() async throws {
        let clock = ManualSandboxClock(iso8601: testEpoch)
        try await withSandbox(testConfiguration(clock: clock)) { _, client in
            let token = try await client.token()
            let soon = try await client.createMeeting(
                ["start_time": "2026-06-01T13:00:00Z", "duration": 30], token: token)
            let later = try await client.createMeeting(["start_time": "2026-06-20T23:30:00Z"], token: token)
            func ids(_ query: String) async throws -> [JSONValue] {
                let page = try await client.api(.GET, "/users/me/meetings?\(query)", token: token)
                #expect(page.status == 200, "\(query): \(page.text)")
                return page.json?["meetings"]?.arrayValue?.compactMap { $0["id"] } ?? []
            }
            #expect(try await ids("type=upcoming") == [soon["id"]!, later["id"]!])
            // 2026-06-20T23:30Z is June 20 in New York (the host's zone) but June 21 in Tokyo.
            #expect(try await ids("from=2026-06-20&to=2026-06-20") == [later["id"]!])
            #expect(try await ids("from=2026-06-21&to=2026-06-30&timezone=Asia/Tokyo") == [later["id"]!])
            #expect(try await ids("from=2026-06-21&to=2026-06-30").isEmpty)
            clock.set(instant("2026-06-01T14:00:00Z"))
            let fresh = try await client.token()
            let previous = try await client.api(.GET, "/users/me/meetings?type=previous_meetings", token: fresh)
            #expect(previous.json?["meetings"]?.arrayValue?.compactMap { $0["id"] } == [soon["id"]!])
            let bad = try await client.api(.GET, "/users/me/meetings?type=someday", token: fresh)
            #expect(bad.status == 400)
            #expect(bad.code == 300)
            let badDate = try await client.api(.GET, "/users/me/meetings?from=June", token: fresh)
            #expect(badDate.status == 400)
        }
    }
}
