import Foundation
import ZoomModels

extension ZoomError {
    /// Decodes an error answer: Zoom's JSON (`{"code":…,"message":…,"errors":[…]}`), its XML
    /// (`<error><code>…</code><message>…</message></error>`, sent when the request did not ask
    /// for JSON), the OAuth shape (`{"reason":…,"error":…}`), or anything else (HTML, text,
    /// empty), whose start is quoted.
    public init(response: HTTPResponseData, method: String? = nil, path: String? = nil, now: Date = Date()) {
        self.init(status: response.status, message: "", method: method, path: path)
        trackingID = response.trackingID
        rateLimit = RateLimitInfo(headers: response.headers)
        retryAfter = response.headers["Retry-After"].flatMap { RetryAfter.date(from: $0, now: now) }
        let mediaType = BodyExcerpt.mediaType(response.headers["Content-Type"])
        let first = response.body.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        if first == nil { return }
        if first == UInt8(ascii: "{"), let json = try? JSONValue(parsing: response.body), json.objectValue != nil {
            decodeJSON(json, body: response.body, mediaType: mediaType)
        } else if first == UInt8(ascii: "<"), decodeXML(String(decoding: response.body, as: UTF8.self)) {
            return
        } else {
            bodyExcerpt = BodyExcerpt.make(response.body)
            contentType = mediaType
        }
    }

    private mutating func decodeJSON(_ json: JSONValue, body: Data, mediaType: String?) {
        code = json["code"].flatMap { $0.intValue ?? $0.stringValue.flatMap { Int64($0) } }.map { Int($0) }
        let texts = ["message", "reason", "error_description", "error"].compactMap { json[$0]?.stringValue }
        message = texts.first { !$0.isEmpty } ?? ""
        for item in json["errors"]?.arrayValue ?? [] {
            if let text = item.stringValue {
                fieldErrors.append(FieldError(field: "", message: text))
            } else {
                let field = item["field"]?.plainText ?? ""
                let text = item["message"]?.plainText ?? item.compactText
                fieldErrors.append(FieldError(field: field, message: text))
            }
        }
        fieldErrors = fieldErrors.map { $0.field.isEmpty ? FieldError(field: "-", message: $0.message) : $0 }
        if message.isEmpty, code == nil, fieldErrors.isEmpty {
            bodyExcerpt = BodyExcerpt.make(body)
            contentType = mediaType ?? "application/json"
            message = "unexpected JSON answer: \(bodyExcerpt!)"
        }
    }

    /// Reads `<code>` and `<message>` of an XML error; false when the body has neither.
    private mutating func decodeXML(_ text: String) -> Bool {
        let code = Self.xmlElement("code", in: text)
        let message = Self.xmlElement("message", in: text)
        guard code != nil || message != nil else { return false }
        self.code = code.flatMap { Int($0) }
        self.message = message ?? ""
        return true
    }

    private static func xmlElement(_ name: String, in text: String) -> String? {
        guard let open = text.range(of: "<\(name)>"),
            let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex)
        else { return nil }
        var value = String(text[open.upperBound..<close.lowerBound]).trimmingWhitespace()
        if value.hasPrefix("<![CDATA["), value.hasSuffix("]]>") {
            value = String(value.dropFirst(9).dropLast(3))
        } else {
            for (entity, character) in [
                ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&"),
            ] {
                value = value.replacingOccurrences(of: entity, with: character)
            }
        }
        return value
    }
}
