import Foundation
import Testing
import ZoomKit
import ZoomModels

private func response(_ status: Int, _ body: String, type: String? = "application/json", headers: [HTTPHeader] = [])
    -> HTTPResponseData
{
    HTTPResponseData(
        status: status, headers: (type.map { [HTTPHeader("Content-Type", $0)] } ?? []) + headers, body: Data(body.utf8))
}

@Suite("ZoomError")
struct ZoomErrorTests {
    @Test("Zoom's JSON error is one actionable line")
    func json() {
        let error = ZoomError(
            response: response(
                404, #"{"code":3001,"message":"Meeting does not exist: 123."}"#,
                headers: [HTTPHeader("x-zm-trackingid", "v=2.0;clid=us05;rid=WEB_abc")]))
        #expect(error.description == "Zoom 404 (code 3001): Meeting does not exist: 123.")
        #expect(error.trackingID == "v=2.0;clid=us05;rid=WEB_abc")
    }

    @Test("field errors are listed")
    func fieldErrors() {
        let error = ZoomError(
            response: response(
                400,
                #"""
                {"code":300,"message":"Validation Failed.","errors":[
                 {"field":"user_info.email","message":"Invalid field."},
                 {"field":"settings.jbh_time","message":"Must be one of 0, 5, 10."}]}
                """#))
        #expect(
            error.fieldErrors == [
                .init(field: "user_info.email", message: "Invalid field."),
                .init(field: "settings.jbh_time", message: "Must be one of 0, 5, 10."),
            ])
        #expect(
            error.description == "Zoom 400 (code 300): Validation Failed. Fields: user_info.email: Invalid field.; "
                + "settings.jbh_time: Must be one of 0, 5, 10.")
    }

    @Test("the HTTP status is trusted over the body's code")
    func statusWins() {
        let error = ZoomError(response: response(404, #"{"code":"300","message":"Not here"}"#))
        #expect(error.status == 404)
        #expect(error.code == 300)
        #expect(!error.isRateLimited)
        let fake = ZoomError(response: response(400, #"{"code":429,"message":"daily?"}"#))
        #expect(!fake.isRateLimited && !fake.isDailyLimit)
    }

    @Test("an HTML body is quoted, on one line, cut at about 200 characters")
    func html() {
        let page =
            "<html>\n  <head><title>502 Bad Gateway</title></head>\n<body>" + String(repeating: "x", count: 400)
            + "</body></html>"
        let error = ZoomError(response: response(502, page, type: "text/html; charset=utf-8"))
        #expect(error.contentType == "text/html")
        let excerpt = error.bodyExcerpt ?? ""
        #expect(excerpt.hasPrefix("<html> <head><title>502 Bad Gateway</title></head> <body>xxx"))
        #expect(excerpt.count == 201 && excerpt.hasSuffix("…"))
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("Zoom 502: the answer is not JSON (text/html): \"<html> <head>"))
    }

    @Test("Zoom's XML error is decoded")
    func xml() {
        let body =
            #"<?xml version="1.0" encoding="UTF-8"?><error><code>3001</code>"#
            + "<message>Meeting does not exist: 85746065432.</message></error>"
        let error = ZoomError(response: response(404, body, type: "application/xml"))
        #expect(error.code == 3001)
        #expect(error.description == "Zoom 404 (code 3001): Meeting does not exist: 85746065432.")
        let escaped = ZoomError(
            response: response(400, "<error><code>300</code><message>a &lt; b &amp; c</message></error>"))
        #expect(escaped.message == "a < b & c")
    }

    @Test("an empty body says so")
    func empty() {
        let error = ZoomError(response: response(500, "", type: nil))
        #expect(error.description == "Zoom 500: empty answer, no error details")
        let blank = ZoomError(response: response(503, " \n"))
        #expect(blank.description == "Zoom 503: empty answer, no error details")
    }

    @Test("the OAuth shape and unexpected JSON are readable")
    func otherJSON() {
        let oauth = ZoomError(response: response(401, #"{"reason":"Invalid token","error":"invalid_token"}"#))
        #expect(oauth.description == "Zoom 401: Invalid token")
        let odd = ZoomError(response: response(500, #"{"status":"down"}"#))
        #expect(odd.description == #"Zoom 500: unexpected JSON answer: {"status":"down"}"#)
    }

    @Test("through the client, an HTML 502 on a POST is a ZoomError that quotes the body")
    func throughClient() async throws {
        let (client, _) = makeClient { _ in
            HTTPResponseData(
                status: 502, headers: [HTTPHeader("Content-Type", "text/html")],
                body: Data("<html><body>Bad gateway</body></html>".utf8))
        }
        let error = try await #require(throws: ZoomError.self) {
            try await client.send(ZoomRequest(method: "POST", path: "/users/me/meetings", body: [:]))
        }
        #expect(error.description.hasPrefix(#"Zoom 502: the answer is not JSON (text/html): "<html><body>Bad gateway"#))
        #expect(error.method == "POST")
        #expect(error.path == "/users/me/meetings")
    }
}
