import Foundation
import Synchronization
import Testing
import ZoomKit
import ZoomModels

@Suite("Request building, dry-run, trace and curl")
struct RequestBuildingTests {
    @Test("meeting UUIDs are encoded once, or twice when they start with / or contain //")
    func uuid() {
        #expect(ZoomPath.meetingUUID("aDYlohsHRtCd4ii1uC2+hA==") == "aDYlohsHRtCd4ii1uC2%2BhA%3D%3D")
        #expect(ZoomPath.meetingUUID("/ajXp112QmuoKj4854875==") == "%252FajXp112QmuoKj4854875%253D%253D")
        #expect(ZoomPath.meetingUUID("ab//cd==") == "ab%252F%252Fcd%253D%253D")
        #expect(ZoomPath.meetingUUID("ab/cd") == "ab%2Fcd")
        #expect(ZoomPath.segment("jane+doe@example.com") == "jane%2Bdoe@example.com")
        #expect(ZoomPath.segment("../admin") == "..%2Fadmin")
    }

    @Test("headers, body and a percent-encoded query")
    func builtRequest() async throws {
        let (client, transport) = makeClient { _ in .json(201, "{}") }
        _ = try await client.send(
            ZoomRequest(
                method: "post", path: "/users/me/meetings",
                query: [QueryItem("a b", "x&y=z+1"), QueryItem("email", "é@x.com")], body: ["topic": "Q&A"]))
        let request = try #require(transport.apiRequests.first)
        #expect(request.method == "POST")
        #expect(request.url == "\(testAPIURL)/users/me/meetings?a%20b=x%26y%3Dz%2B1&email=%C3%A9%40x.com")
        #expect(request.headers["Accept"] == "application/json")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Authorization"] == "Bearer tok-1")
        #expect(request.body == Data(#"{"topic":"Q&A"}"#.utf8))

        _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me"))
        let get = try #require(transport.apiRequests.last)
        #expect(get.headers["Content-Type"] == nil)
        #expect(get.body == nil)
    }

    @Test("dry-run builds the request without sending and shows $ZOOM_TOKEN")
    func dryRun() {
        let (client, transport) = makeClient { _ in .json(200, "{}") }
        let request = client.prepare(
            ZoomRequest(method: "PATCH", path: "/meetings/85746065432", body: ["duration": 45]))
        #expect(transport.requests.isEmpty)
        #expect(request.url == "\(testAPIURL)/meetings/85746065432")
        #expect(request.headers["Authorization"] == "Bearer $ZOOM_TOKEN")
        #expect(request.body == Data(#"{"duration":45}"#.utf8))
    }

    @Test("the last request is kept, redacted")
    func lastRequest() async throws {
        let (client, _) = makeClient { _ in .json(200, "{}") }
        #expect(client.lastRequest == nil)
        _ = try await client.send(ZoomRequest(method: "GET", path: "/users/me", query: [QueryItem("x", "1")]))
        let last = try #require(client.lastRequest)
        #expect(last.url == "\(testAPIURL)/users/me?x=1")
        #expect(last.headers["Authorization"] == "Bearer $ZOOM_TOKEN")
    }

    @Test("curl commands are shell-quoted and expand $ZOOM_TOKEN")
    func curl() {
        let request = HTTPRequestData(
            method: "POST", url: "https://api.zoom.us/v2/users/me/meetings",
            headers: [
                HTTPHeader("Authorization", "Bearer $ZOOM_TOKEN"), HTTPHeader("Content-Type", "application/json"),
            ],
            body: Data(#"{"topic":"Bob's $HOME"}"#.utf8))
        #expect(
            CurlCommand.render(request) == """
                curl -X 'POST' 'https://api.zoom.us/v2/users/me/meetings' \\
                  -H 'Authorization: Bearer '"$ZOOM_TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  --data-raw '{"topic":"Bob'\\''s $HOME"}'
                """)
        let get = HTTPRequestData(method: "GET", url: "https://x/a?b=c&d=e")
        #expect(CurlCommand.render(get, multiline: false) == "curl 'https://x/a?b=c&d=e'")
        #expect(CurlCommand.quote("$ZOOM_TOKENS", variables: ["ZOOM_TOKEN"]) == "'$ZOOM_TOKENS'")
        #expect(CurlCommand.quote("", variables: []) == "''")
    }

    @Test("curl output runs in a real shell and yields the same arguments")
    func curlInShell() throws {
        let request = HTTPRequestData(
            method: "POST", url: "https://x/y?q='1'",
            headers: [HTTPHeader("Authorization", "Bearer $ZOOM_TOKEN")], body: Data(#"{"a":"it's \\ $x `y`"}"#.utf8))
        let script =
            "curl() { for a in \"$@\"; do printf '%s\\n' \"$a\"; done; }\nZOOM_TOKEN=T\n"
            + CurlCommand.render(request)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            output.split(separator: "\n").map(String.init) == [
                "-X", "POST", "https://x/y?q='1'", "-H", "Authorization: Bearer T", "--data-raw",
                #"{"a":"it's \\ $x `y`"}"#,
            ])
    }

    @Test("the trace sees requests, responses and retries with secrets and tokens redacted")
    func traceRedaction() async throws {
        let events = Mutex<[HTTPTraceEvent]>([])
        let count = Mutex(0)
        let issuer = TokenIssuer()
        let transport = InMemoryTransport { request in
            if isTokenRequest(request) { return issuer.respond() }
            let number = count.withLock { value in
                value += 1
                return value
            }
            return number == 1 ? .json(503, "{}") : .json(200, #"{"token":"zak-secret","id":"u1"}"#)
        }
        let trace: HTTPTraceHook = { event in events.withLock { $0.append(event) } }
        let provider = makeS2SProvider(transport: transport, trace: trace)
        let client = ZoomClient(
            baseURL: testAPIURL, tokenProvider: provider, transport: transport,
            configuration: .init(trace: trace, sleep: SleepRecorder().sleep, random: { 0.5 }))
        _ = try await client.send(
            ZoomRequest(method: "GET", path: "/users/me/token", query: [QueryItem("type", "zak")]))

        let seen = events.withLock { $0 }
        let text = seen.map { event -> String in
            switch event {
            case .request(let request):
                return "\(request.headers) \(String(decoding: request.body ?? Data(), as: UTF8.self))"
            case .response(let response, _, _):
                return "\(response.headers) \(String(decoding: response.body, as: UTF8.self))"
            default: return event.summary
            }
        }.joined(separator: "\n")
        for secret in [
            "very-secret-value", "tok-1", "zak-secret", Data("client-1:very-secret-value".utf8).base64EncodedString(),
        ] {
            #expect(!text.contains(secret), "\(secret) leaked into the trace")
        }
        #expect(text.contains("Basic client-1:***"))
        #expect(text.contains("Bearer ***"))
        #expect(text.contains(#""access_token":"***""#))
        #expect(text.contains(#""token":"***","id":"u1""#))
        let summaries = seen.map(\.summary)
        #expect(summaries.filter { $0.hasPrefix("→ GET \(testAPIURL)/users/me/token?type=zak") }.count == 2)
        #expect(summaries.contains { $0.hasPrefix("← 503 GET") })
        #expect(summaries.contains("↻ retry in 500 ms: HTTP 503, retry 1 of 3"))
        #expect(summaries.contains { $0.hasPrefix("→ POST \(testOAuthURL)") })
    }

    @Test("redaction hides secrets in form bodies and queries")
    func redaction() {
        let request = HTTPRequestData(
            method: "POST", url: "https://zoom.us/oauth/token?grant_type=x&client_secret=abc&code=C",
            headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded"), HTTPHeader("Cookie", "a=b")],
            body: Data("grant_type=password&username=u&password=p%40ss".utf8))
        let redacted = Redaction.redact(request)
        #expect(redacted.url == "https://zoom.us/oauth/token?grant_type=x&client_secret=***&code=***")
        #expect(String(decoding: redacted.body!, as: UTF8.self) == "grant_type=password&username=u&password=***")
        #expect(redacted.headers["Cookie"] == "***")
    }

    @Test("redaction hides the zak token of a start_url and keeps the join_url's passcode")
    func startURLRedaction() throws {
        let body =
            #"{"id":85746065432,"start_url":"https://zoom.us/s/85746065432?zak=eyJzak.secret.sig","join_url":"https://zoom.us/j/85746065432?pwd=Abc123.1","occurrences":[{"start_url":"https://zoom.us/s/1?role=1&zak=z2"}]}"#
        let response = HTTPResponseData(
            status: 201, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(body.utf8))
        let text = String(decoding: Redaction.redact(response).body, as: UTF8.self)
        #expect(!text.contains("eyJzak.secret.sig"))
        #expect(!text.contains("zak=z2"))
        #expect(text.contains("zak=***"))
        #expect(text.contains("role=1&zak=***"))
        #expect(text.contains("pwd=Abc123.1"), "a join URL's passcode is what the user wants to see")
    }
}
