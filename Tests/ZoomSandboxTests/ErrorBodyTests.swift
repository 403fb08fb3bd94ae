import Foundation
import NIOCore
import Testing

@testable import ZoomSandbox

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Error bodies")
struct ErrorBodyTests {
    @Test func xmlErrorsStayWellFormedWithControlCharactersInThePath() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let response = try await client.api(.GET, "/meetings/%01%0B%7F", token: token, accept: nil)
            #expect(response.status == 404)
            #expect(response.header("Content-Type")?.hasPrefix("application/xml") == true)
            #expect(!response.text.unicodeScalars.contains { $0.value < 0x20 }, "\(response.text.debugDescription)")
            #expect(XMLParser(data: response.body).parse(), "\(response.text.debugDescription)")
        }
    }

    @Test func xmlEscapingReplacesWhatXML10DoesNotAllow() {
        let text = "a\u{01}b\tc\nd\re<&>\"'\u{FFFE}\u{FFFF}é😀"
        let expected = "a\u{FFFD}b\tc\nd\re&lt;&amp;&gt;&quot;&apos;\u{FFFD}\u{FFFD}é😀"
        #expect(APIError.escape(text) == expected)
    }

    @Test func onlyATooLargeBodyIs413() {
        let tooLarge = SandboxResponder.bodyError(NIOTooManyBytesError(maxBytes: SandboxResponder.maximumBodySize))
        #expect(tooLarge.status == 413)
        #expect(tooLarge.code == 300)
        let unreadable = SandboxResponder.bodyError(CancellationError())
        #expect(unreadable.status == 400)
        #expect(unreadable.code == 300)
        #expect(unreadable.message == "Request Body could not be read.")
    }
}
