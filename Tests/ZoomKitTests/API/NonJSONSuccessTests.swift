import Foundation
import Testing

@testable import ZoomKit
@testable import ZoomModels

private func answer(_ contentType: String?, _ body: String) -> HTTPResponseData {
    HTTPResponseData(
        status: 200, headers: contentType.map { [HTTPHeader("Content-Type", $0)] } ?? [], body: Data(body.utf8))
}

private let html = "<html>\n  <head><title>Sign in to the Wi-Fi</title></head>\n</html>"
private let xml = #"<?xml version="1.0"?><meeting><id>1</id></meeting>"#

/// A 2xx answer whose body is not JSON says so, with status, content type and the body's start.
@Suite("2xx answers that are not JSON")
struct NonJSONSuccessTests {
    @Test("an HTML page where a meeting was expected")
    func htmlMeeting() async throws {
        let (client, _) = makeAPITestClient { _ in answer("text/html; charset=utf-8", html) }
        let error = try await #require(throws: ZoomResponseBodyError.self) {
            try await client.meeting(id: 1)
        }
        #expect(error.status == 200 && error.contentType == "text/html")
        #expect(
            error.description
                == #"Zoom answered 200 (text/html), not JSON: "<html> <head><title>Sign in to the Wi-Fi</title></head> </html>""#
        )
    }

    @Test("XML where a user was expected")
    func xmlUser() async throws {
        let (client, _) = makeAPITestClient { _ in answer("application/xml", xml) }
        let error = try await #require(throws: ZoomResponseBodyError.self) { try await client.currentUser() }
        #expect(error.description == #"Zoom answered 200 (application/xml), not JSON: "\#(xml)""#)
    }

    @Test("XML without a content type, where a page of meetings was expected")
    func xmlPage() async throws {
        let (client, _) = makeAPITestClient { _ in answer(nil, xml) }
        let error = try await #require(throws: ZoomResponseBodyError.self) { try await client.meetingPage() }
        #expect(error.description.hasPrefix(#"Zoom answered 200 (no content type), not JSON: "<?xml"#))
    }

    @Test("JSON cut short says where it broke")
    func truncatedJSON() throws {
        let response = HTTPResponseData(
            status: 201, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(#"{"id":"#.utf8))
        let error = try #require(throws: ZoomResponseBodyError.self) { try response.json() }
        #expect(
            error.description
                == #"Zoom answered 201 (application/json) with a body that is not valid JSON "#
                + #"(invalid JSON at byte 6: unexpected end of input): "{"id":""#)
    }

    @Test("an empty or JSON body is read as before")
    func unchanged() throws {
        #expect(try HTTPResponseData(status: 204).json() == nil)
        #expect(try HTTPResponseData(status: 200, body: Data(#"{"a":1}"#.utf8)).json() == ["a": 1])
    }

    @Test("an HTML page from the token endpoint names its content type")
    func htmlToken() async throws {
        let transport = InMemoryTransport { _ in answer("text/html", html) }
        let error = try await #require(throws: AuthError.self) {
            try await makeS2SProvider(transport: transport).token()
        }
        #expect(error.kind == .badResponse)
        #expect(error.message.contains(#"its answer (text/html) is not a token: "<html> <head>"#), "\(error.message)")
    }
}
