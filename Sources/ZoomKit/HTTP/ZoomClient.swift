import Foundation

/// Speaks Zoom's REST API v2: builds URLs, adds the bearer token, retries what is safe to
/// retry, honours rate limits and turns error answers into `ZoomError`.
///
/// SKELETON: the retrying implementation is being written (issue 2).
public final class ZoomClient: Sendable {
    /// The base URL (`https://api.zoom.us/v2`).
    public let baseURL: String
    /// Where tokens come from.
    public let tokenProvider: any TokenProvider
    /// How requests travel.
    public let transport: any HTTPTransport

    /// A client.
    public init(baseURL: String = ZoomKit.defaultAPIURL, tokenProvider: any TokenProvider, transport: any HTTPTransport) {
        self.baseURL = baseURL
        self.tokenProvider = tokenProvider
        self.transport = transport
    }

    /// Sends a request and returns the success response, or throws.
    public func send(_ request: ZoomRequest) async throws -> ZoomResponse {
        let token = try await tokenProvider.token()
        var headers = [HTTPHeader("Accept", "application/json"), HTTPHeader("Authorization", "Bearer \(token.value)")]
        if request.body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        let url = baseURL + request.path
        let response = try await transport.send(
            HTTPRequestData(method: request.method, url: url, headers: headers, body: request.body?.data),
            timeout: .seconds(30))
        return ZoomResponse(status: response.status, headers: response.headers, body: response.body)
    }
}
