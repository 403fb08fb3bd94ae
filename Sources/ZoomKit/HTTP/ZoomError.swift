import Foundation
import ZoomModels

/// Zoom answered a request with an error status.
///
/// `status` is the HTTP status and is what decisions rest on; `code` is Zoom's own error
/// code from the body. `description` is one line a person can act on:
/// `Zoom 404 (code 3001): Meeting does not exist: 123.`
public struct ZoomError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One entry of a validation error's `errors` list.
    public struct FieldError: Sendable, Hashable {
        /// The field (`user_info.email`, `settings.jbh_time`).
        public var field: String
        /// What is wrong with it.
        public var message: String

        /// A field error.
        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    /// The HTTP status.
    public var status: Int
    /// Zoom's error code from the body (`3001`), if any.
    public var code: Int?
    /// Zoom's message from the body; empty when the body had none.
    public var message: String
    /// The field errors of a validation failure.
    public var fieldErrors: [FieldError]
    /// The `x-zm-trackingid` header, to quote to Zoom's support.
    public var trackingID: String?
    /// The rate-limit headers of the answer.
    public var rateLimit: RateLimitInfo?
    /// When the request may be tried again (from `Retry-After`, or 00:00 UTC for a daily limit).
    public var retryAfter: Date?
    /// The method of the request (`GET`).
    public var method: String?
    /// The path of the request below the base URL (`/meetings/123`).
    public var path: String?
    /// The start of a body that was not a Zoom error document (HTML, text), one line.
    public var bodyExcerpt: String?
    /// The media type of such a body (`text/html`).
    public var contentType: String?
    /// What the client concluded: why it did not retry, when to try again, what to check.
    public var note: String?

    /// An error.
    public init(
        status: Int,
        code: Int? = nil,
        message: String,
        fieldErrors: [FieldError] = [],
        trackingID: String? = nil,
        rateLimit: RateLimitInfo? = nil,
        retryAfter: Date? = nil,
        method: String? = nil,
        path: String? = nil,
        bodyExcerpt: String? = nil,
        contentType: String? = nil,
        note: String? = nil
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.fieldErrors = fieldErrors
        self.trackingID = trackingID
        self.rateLimit = rateLimit
        self.retryAfter = retryAfter
        self.method = method
        self.path = path
        self.bodyExcerpt = bodyExcerpt
        self.contentType = contentType
        self.note = note
    }

    /// Whether Zoom refused the request for a rate limit (HTTP 429).
    public var isRateLimited: Bool { status == 429 }

    /// Whether the limit hit is a daily one (header `X-RateLimit-Type: Daily-limit`, or a message
    /// about the daily limit).
    public var isDailyLimit: Bool {
        guard status == 429 else { return false }
        return rateLimit?.isDaily == true || message.lowercased().contains("daily")
    }

    /// `Zoom 404 (code 3001): Meeting does not exist: 123.` plus field errors and the note.
    public var description: String {
        var text = "Zoom \(status)"
        if let code, code != status || message.isEmpty { text += " (code \(code))" }
        text += ": "
        if !message.isEmpty {
            text += message
        } else if let bodyExcerpt, !bodyExcerpt.isEmpty {
            text += "the answer is not JSON (\(contentType ?? "no content type")): \"\(bodyExcerpt)\""
        } else {
            text += "empty answer, no error details"
        }
        if !fieldErrors.isEmpty {
            if !text.hasSuffix(".") { text += "." }
            text += " Fields: " + fieldErrors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        }
        if let note, !note.isEmpty { text += " — " + note }
        return text
    }
}
