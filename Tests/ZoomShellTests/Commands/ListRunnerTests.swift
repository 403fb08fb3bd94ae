import Foundation
import Synchronization
import Testing
import ZoomKit
import ZoomModels
import ZoomSandbox

@testable import ZoomShell

/// The one runner of paginated lists: pages followed by `next_page_token`, `--all` and
/// `--limit`, rows streamed as pages arrive.
struct ListRunnerTests {
    /// A fake Zoom whose `GET /users` has `total` users in pages of the size asked for; each
    /// page request records how much standard output there was when it arrived.
    final class PagedUsers: Sendable {
        let total: Int
        let outputAtRequest = Mutex<[Int]>([])
        let output = Mutex<RecordingOutput?>(nil)

        init(total: Int) { self.total = total }

        func answer(_ request: HTTPRequestData) -> HTTPResponseData? {
            guard request.path == "/v2/users" else { return nil }
            outputAtRequest.withLock { $0.append(output.withLock { $0?.standardOutput.count ?? 0 }) }
            let size = Int(request.queryItems["page_size"] ?? "30") ?? 30
            let offset = Int(request.queryItems["next_page_token"] ?? "0") ?? 0
            let end = min(total, offset + size)
            let users: [JSONValue] = (offset..<end).map { index in
                [
                    "id": .string("user\(index)"), "email": .string("u\(index)@example.com"), "type": 2,
                    "status": "active",
                ]
            }
            let next = end < total ? String(end) : ""
            return .json(
                200,
                [
                    "page_size": .int(Int64(size)), "total_records": .int(Int64(total)),
                    "next_page_token": .string(next), "users": .array(users),
                ])
        }
    }

    @Test func rowsPrintAsPagesArriveAndEveryPageIsFollowed() async throws {
        let pages = PagedUsers(total: 4500)
        let fake = FakeZoom { pages.answer($0) }
        let shell = fake.shell { $0.outputMode = .table }
        pages.output.withLock { $0 = shell.output }
        let run = await shell.run("list users --all")
        #expect(run.code == .success, "\(run.stderr)")
        let requests = fake.apiRequests.filter { $0.path == "/v2/users" }
        #expect(requests.map { $0.queryItems["page_size"] } == ["2000", "2000", "2000"])
        #expect(requests.map { $0.queryItems["next_page_token"] } == [nil, "2000", "4000"])
        // The first page's rows were on standard output before the second page was asked for.
        let seen = pages.outputAtRequest.withLock { $0 }
        #expect(seen[0] == 0 && seen[1] > 0 && seen[2] > seen[1], "\(seen)")
        #expect(run.stdout.hasPrefix("id "), "\(run.stdout.prefix(80))")
        #expect(run.stdout.hasSuffix("4500 users\n"))
        #expect(run.stdout.components(separatedBy: "u4499@example.com").count == 2)
        #expect(await shell.value("last")?.arrayValue?.count == 4500)
    }

    @Test func limitStopsInTheMiddleOfAPage() async throws {
        let pages = PagedUsers(total: 50)
        let fake = FakeZoom { pages.answer($0) }
        let run = await fake.shell().run("list users --limit 7")
        #expect(run.code == .success, "\(run.stderr)")
        #expect(fake.apiRequests.map { $0.queryItems["page_size"] } == ["7"])
        #expect(run.lastDocument?.arrayValue?.count == 7)
    }

    @Test func onePageByDefaultWithAHintForMore() async throws {
        let pages = PagedUsers(total: 50)
        let fake = FakeZoom { pages.answer($0) }
        let run = await fake.shell { $0.outputMode = .table }.run("list users")
        #expect(fake.apiRequests.count == 1)
        #expect(run.stdout.hasSuffix("30 users of 50 (more: list users --all, or --limit N)\n"), "\(run.stdout)")
    }

    @Test func jsonModeStreamsOneValidArray() async throws {
        let pages = PagedUsers(total: 2500)
        let fake = FakeZoom { pages.answer($0) }
        let shell = fake.shell()
        let run = await shell.run("list users --all")
        let whole = try JSONValue(parsing: run.stdout)
        #expect(whole.arrayValue?.count == 2500)
        // Byte for byte what printing the whole array at once gives.
        #expect(run.stdout == whole.prettyText + "\n")
    }

    @Test func aFailingPageKeepsTheJSONOutputWhole() async throws {
        let fake = FakeZoom { request in
            guard request.path == "/v2/users" else { return nil }
            if request.queryItems["next_page_token"] != nil {
                return .json(400, #"{"code":300,"message":"The next page token is invalid or expired."}"#)
            }
            return .json(200, ["next_page_token": "t2", "users": [["id": "a", "email": "a@example.com"]]])
        }
        let run = await fake.shell().run("list users --all")
        #expect(run.code == .commandFailed)
        #expect(try JSONValue(parsing: run.stdout).arrayValue?.count == 1)
        #expect(run.stderr.contains("next page token is invalid"), "\(run.stderr)")
    }

    @Test func allAndLimitTogetherAreRefused() async throws {
        let run = await TestShell.offline().run("list users --all --limit 3")
        #expect(run.code == .commandFailed)
        #expect(run.stderr.contains("give --all or --limit N, not both"), "\(run.stderr)")
    }

    @Test func theSandboxPagesUsersWithTokens() async throws {
        try await TestSandbox.with { _, configuration in
            let shell = TestShell(configuration)
            let first = await shell.run("api GET /users --query page_size=2")
            let token = try #require(first.lastDocument?["next_page_token"]?.stringValue)
            #expect(first.lastDocument?["users"]?.arrayValue?.count == 2)
            #expect(first.lastDocument?["total_records"] == 3)
            let second = await shell.run("api GET /users --query page_size=2 --query next_page_token=\(token)")
            #expect(second.lastDocument?["users"]?.arrayValue?.count == 1)
            #expect(second.lastDocument?["next_page_token"] == "")
            let admins = await shell.run("list users --role 1")
            #expect(
                admins.lastDocument?.arrayValue?.compactMap { $0["email"]?.stringValue } == [
                    "mateo.ruiz@sandbox.example.com"
                ])
        }
    }
}
