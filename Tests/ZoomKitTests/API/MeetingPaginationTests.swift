import Foundation
import Synchronization
import Testing

@testable import ZoomKit
@testable import ZoomModels

/// Listing across pages: `next_page_token` is followed, lazily, and a limit stops early.
struct MeetingPaginationTests {
    /// Three pages of meetings 1–2, 3–4, 5, chained by tokens `p2`, `p3`.
    static func threePages(_ request: HTTPRequestData) -> HTTPResponseData {
        let pages: [String: (ids: [Int64], next: String)] = [
            "": ([1, 2], "p2"), "p2": ([3, 4], "p3"), "p3": ([5], ""),
        ]
        guard let page = pages[request.queryItems["next_page_token"] ?? ""] else {
            return .json(400, #"{"code":300,"message":"The next page token is invalid or expired."}"#)
        }
        let meetings = page.ids.map { id -> JSONValue in ["id": .int(id), "topic": .string("M\(id)")] }
        return .json(
            200,
            ["next_page_token": .string(page.next), "page_size": 2, "total_records": 5, "meetings": .array(meetings)])
    }

    @Test func followsTheTokenAcrossThreePages() async throws {
        let (client, transport) = makeAPITestClient(Self.threePages)
        var pages: [MeetingListPage] = []
        for try await page in try client.meetingPages(query: MeetingListQuery(type: .scheduled, pageSize: 2)) {
            pages.append(page)
        }
        #expect(pages.map { $0.items.map(\.id) } == [[1, 2], [3, 4], [5]])
        #expect(transport.requests.map { $0.queryItems["next_page_token"] } == [nil, "p2", "p3"])
        #expect(
            transport.requests.allSatisfy { $0.queryItems["page_size"] == "2" && $0.queryItems["type"] == "scheduled" })
        #expect(transport.requests.allSatisfy { $0.apiPath == "/users/me/meetings" })
    }

    @Test func itemsAcrossPages() async throws {
        let (client, _) = makeAPITestClient(Self.threePages)
        var ids: [Int64] = []
        for try await meeting in try client.meetings() { ids.append(meeting.id) }
        #expect(ids == [1, 2, 3, 4, 5])
    }

    @Test func aLimitStopsFetching() async throws {
        let (client, transport) = makeAPITestClient(Self.threePages)
        var ids: [Int64] = []
        for try await meeting in try client.meetings(limit: 3) { ids.append(meeting.id) }
        #expect(ids == [1, 2, 3])
        #expect(transport.requests.count == 2, "the third page is never asked for")
        #expect(transport.requests.first?.queryItems["page_size"] == "3", "a small limit is also the page size")
        var none = 0
        for try await _ in try client.meetings(limit: 0) { none += 1 }
        #expect(none == 0)
    }

    @Test func pagesAreFetchedOnlyWhenIterated() async throws {
        let (client, transport) = makeAPITestClient(Self.threePages)
        var iterator = try client.meetingPages().makeAsyncIterator()
        #expect(transport.requests.isEmpty)
        _ = try await iterator.next()
        #expect(transport.requests.count == 1)
    }

    @Test func tooBigAPageIsRefusedBeforeSending() async throws {
        let (client, transport) = makeAPITestClient(Self.threePages)
        #expect(throws: ZoomArgumentError.self) { try client.meetingPages(query: MeetingListQuery(pageSize: 500)) }
        #expect(throws: ZoomArgumentError.self) { try client.meetings(limit: -1) }
        #expect(transport.requests.isEmpty)
        // A limit above 300 pages at 300.
        var iterator = try client.meetings(limit: 1000).makeAsyncIterator()
        _ = try await iterator.next()
        #expect(transport.requests.first?.queryItems["page_size"] == "300")
    }

    @Test func aRepeatedTokenStopsWithAnError() async throws {
        let (client, _) = makeAPITestClient { _ in .json(200, #"{"next_page_token":"same","meetings":[{"id":1}]}"#) }
        var pages = 0
        await #expect(throws: ZoomModelError.self) {
            for try await _ in try client.meetingPages() { pages += 1 }
        }
        #expect(pages == 1, "the repeated page is not yielded again")
    }

    @Test func endlessNewTokensStopAtThePageCap() async throws {
        let counter = PageCounter()
        let pages = ZoomPageSequence<MeetingListPage>(maximumPages: 5) { _ in
            let next = counter.next()
            return try MeetingListPage(json: [
                "next_page_token": .string("t\(next)"), "meetings": [["id": .int(Int64(next))]],
            ])
        }
        var seen = 0
        await #expect(throws: ZoomModelError.self) {
            for try await _ in pages { seen += 1 }
        }
        #expect(seen == 5, "five pages, then the cap")
    }
}

/// Counts the pages a test fetch has answered.
private final class PageCounter: Sendable {
    private let count = Mutex(0)

    func next() -> Int {
        count.withLock {
            $0 += 1
            return $0
        }
    }
}
