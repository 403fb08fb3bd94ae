import Foundation

@testable import ZoomKit
@testable import ZoomModels

/// The base URL of the API tests' in-memory Zoom.
let apiTestBaseURL = "https://api.zoom.test/v2"

/// A client whose requests go to an in-memory transport answering with `handler`.
func makeAPITestClient(_ handler: @escaping InMemoryTransport.Handler) -> (ZoomClient, InMemoryTransport) {
    let transport = InMemoryTransport(handler)
    let client = ZoomClient(
        baseURL: apiTestBaseURL, tokenProvider: StaticTokenProvider(token: "test-token"), transport: transport)
    return (client, transport)
}

extension HTTPRequestData {
    /// The path below the test base URL, without the query.
    var apiPath: String {
        let rest = url.hasPrefix(apiTestBaseURL) ? String(url.dropFirst(apiTestBaseURL.count)) : url
        return String(rest.prefix { $0 != "?" })
    }

    /// The decoded query items, in order.
    var queryItems: [String: String] {
        var items: [String: String] = [:]
        for item in URLComponents(string: url)?.queryItems ?? [] { items[item.name] = item.value ?? "" }
        return items
    }

    /// The body as JSON.
    var json: JSONValue? { body.flatMap { try? JSONValue(parsing: $0) } }
}
