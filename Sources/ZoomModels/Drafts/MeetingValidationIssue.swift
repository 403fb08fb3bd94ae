import Foundation

/// One problem that offline validation found in a meeting body.
public struct MeetingValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        /// Zoom would refuse the body (or the field is wrong for sure).
        case error
        /// Zoom accepts the body but probably not as meant.
        case warning
    }

    /// The field's path (`settings.audio`, `settings.meeting_invitees[0].email`); "" for the whole body.
    public var path: String
    /// What is wrong and what is allowed, without the path.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    /// An issue.
    public init(path: String, message: String, severity: Severity = .error) {
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// `path: message`.
    public var pathMessage: String { path.isEmpty ? message : "\(path): \(message)" }

    /// `path: message`, with `warning: ` in front of warnings.
    public var description: String { severity == .warning ? "warning: \(pathMessage)" : pathMessage }

    /// Whether this is an error.
    public var isError: Bool { severity == .error }
}

extension [MeetingValidationIssue] {
    /// The errors only.
    public var errors: [MeetingValidationIssue] { filter(\.isError) }

    /// The body of the 400 answer Zoom gives for these issues' errors:
    /// `{"code":300,"message":"Validation Failed.","errors":[{"field":…,"message":…}]}`,
    /// or nil when there is no error.
    public var zoomErrorBody: JSONValue? {
        let errors = self.errors
        guard !errors.isEmpty else { return nil }
        let items = errors.map { issue -> JSONValue in
            .object(JSONObject([("field", .string(issue.path)), ("message", .string(issue.message))]))
        }
        return .object(
            JSONObject([("code", .int(300)), ("message", .string("Validation Failed.")), ("errors", .array(items))]))
    }
}
