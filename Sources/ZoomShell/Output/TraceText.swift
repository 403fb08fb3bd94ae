import Foundation
import ZoomKit
import ZoomModels

/// What `trace on` prints for each HTTP event: the request line, headers and body, then the
/// response status, headers and body, on standard error. Events arrive already redacted
/// (`Authorization: Bearer ***`, Basic secrets, token fields); bodies are cut at 2 KB.
enum TraceText {
    static let bodyLimit = 2048

    static func render(_ event: HTTPTraceEvent) -> String {
        switch event {
        case .request(let request):
            var text = "trace: → \(request.method) \(request.url)\n"
            text += headers(request.headers, arrow: "→")
            text += body(request.body, arrow: "→")
            return text
        case .response(let response, _, _):
            var text = "trace: \(event.summary)\n"
            text += headers(response.headers, arrow: "←")
            text += body(response.body, arrow: "←")
            return text
        case .failure, .retry:
            return "trace: \(event.summary)\n"
        }
    }

    static func headers(_ headers: [HTTPHeader], arrow: String) -> String {
        headers.map { "trace: \(arrow)   \($0.name): \($0.value)\n" }.joined()
    }

    static func body(_ data: Data?, arrow: String) -> String {
        guard let data, !data.isEmpty else { return "" }
        var text = String(decoding: data.prefix(bodyLimit), as: UTF8.self)
        if data.count > bodyLimit { text += "… (\(data.count) bytes)" }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "trace: \(arrow)   \($0)\n" }.joined()
    }
}
