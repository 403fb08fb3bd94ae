import Foundation
import ZoomModels

extension ZoomClient {
    /// The exact request `request` would be sent as, without sending it (for `dry-run` and
    /// `curl`); the bearer token is shown as `$ZOOM_TOKEN`.
    public func prepare(_ request: ZoomRequest) -> HTTPRequestData {
        httpRequest(for: request, token: "$ZOOM_TOKEN", base: baseURL)
    }

    /// The URL of `request` below `base`: the path as given, the query percent-encoded.
    public func url(for request: ZoomRequest) -> String {
        Self.url(for: request, base: baseURL)
    }

    static func url(for request: ZoomRequest, base: String) -> String {
        var url = base + (request.path.hasPrefix("/") || request.path.isEmpty ? "" : "/") + request.path
        if !request.query.isEmpty {
            url += (url.contains("?") ? "&" : "?") + ZoomPath.query(request.query)
        }
        return url
    }

    func httpRequest(for request: ZoomRequest, token: String, base: String) -> HTTPRequestData {
        var headers = [
            HTTPHeader("Accept", "application/json"),
            HTTPHeader("Authorization", "Bearer \(token)"),
        ]
        if request.body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        headers.append(HTTPHeader("User-Agent", configuration.userAgent))
        return HTTPRequestData(
            method: request.method, url: Self.url(for: request, base: base), headers: headers,
            body: request.body?.data)
    }
}
