import Foundation
import ZoomModels

/// An error answer in Zoom's shape: `{"code":…,"message":…}`, with `errors` for validation,
/// as JSON or, for clients that do not accept JSON, as XML.
struct APIError: Error, Sendable {
    /// One field a validation error names.
    struct FieldError: Sendable, Hashable {
        var field: String
        var message: String
    }

    /// The HTTP status.
    var status: Int
    /// Zoom's error code.
    var code: Int
    /// Zoom's message.
    var message: String
    /// The fields of a validation error.
    var errors: [FieldError] = []
    /// Extra headers (rate limits).
    var headers: [HTTPHeader] = []

    /// The response for a client that does (`json`) or does not accept JSON.
    func response(json: Bool) -> SandboxResponse {
        if json {
            var object = JSONObject([("code", .int(Int64(code))), ("message", .string(message))])
            if !errors.isEmpty {
                object["errors"] = .array(
                    errors.map {
                        .object(JSONObject([("field", .string($0.field)), ("message", .string($0.message))]))
                    })
            }
            var response = SandboxResponse.json(status, .object(object))
            response.headers += headers
            return response
        }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><error><code>\#(code)</code>"#
        xml += "<message>\(Self.escape(message))</message>"
        if !errors.isEmpty {
            xml += "<errors>"
            for error in errors {
                xml += "<error><field>\(Self.escape(error.field))</field>"
                xml += "<message>\(Self.escape(error.message))</message></error>"
            }
            xml += "</errors>"
        }
        xml += "</error>"
        let contentType = HTTPHeader("Content-Type", "application/xml;charset=UTF-8")
        return SandboxResponse(status: status, headers: [contentType] + headers, body: Data(xml.utf8))
    }

    /// `text` as XML 1.0 character data: markup characters escaped, and characters XML 1.0
    /// does not allow at all (controls other than tab, LF and CR; U+FFFE, U+FFFF) replaced
    /// by U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension APIError {
    static let invalidBody = APIError(status: 400, code: 300, message: "Request Body should be a valid JSON object.")

    static func validation(_ errors: [FieldError]) -> APIError {
        APIError(status: 400, code: 300, message: "Validation Failed.", errors: errors)
    }

    static func validation(field: String, _ message: String) -> APIError {
        validation([FieldError(field: field, message: message)])
    }

    static func userNotFound(_ userID: String) -> APIError {
        APIError(status: 404, code: 1001, message: "User does not exist: \(userID).")
    }

    static func meetingNotFound(_ meetingID: String) -> APIError {
        APIError(status: 404, code: 3001, message: "Meeting does not exist: \(meetingID).")
    }

    static func invalidParameter(_ name: String) -> APIError {
        APIError(status: 400, code: 300, message: "Invalid parameter: \(name).")
    }

    static let unknownEndpoint = APIError(status: 404, code: 2300, message: "This API endpoint is not recognized.")
    static let missingToken = APIError(status: 401, code: 124, message: "Requires an access token.")
    static let invalidToken = APIError(status: 401, code: 124, message: "Invalid access token.")
    static let expiredToken = APIError(status: 401, code: 124, message: "Access token is expired.")
    static let invalidPageToken = APIError(
        status: 400, code: 300, message: "The next page token is invalid or expired.")

    static func serverError(_ status: Int) -> APIError {
        let message: String
        switch status {
        case 502: message = "Bad Gateway."
        case 503: message = "Service Unavailable. Please try again later."
        case 504: message = "Gateway Timeout."
        default: message = "Internal Server Error."
        }
        return APIError(status: status, code: status, message: message)
    }
}
