import Foundation

/// A Zoom user (`GET /users/me`, `GET /users/{userId}`).
public struct User: ZoomModel, Hashable {
    /// The user ID.
    public var id: String
    /// The email address.
    public var email: String?
    /// The first name.
    public var firstName: String?
    /// The last name.
    public var lastName: String?
    /// The display name.
    public var displayName: String?
    /// 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None.
    public var type: Int?
    /// `pending`, `active` or `inactive`.
    public var status: String?
    /// The user's time zone (`America/Los_Angeles`).
    public var timezone: String?
    /// The language (`en-US`).
    public var language: String?
    /// The Personal Meeting ID.
    public var pmi: Int64?
    /// Whether instant meetings use the PMI.
    public var usePMI: Bool?
    /// The personal meeting link.
    public var personalMeetingURL: String?
    /// The account ID.
    public var accountID: String?
    /// The account number.
    public var accountNumber: Int64?
    /// The role's name.
    public var roleName: String?
    /// The department.
    public var dept: String?
    /// The data center cluster (`us04`).
    public var cluster: String?
    /// When the user last signed in.
    public var lastLoginTime: String?
    public var raw: JSONValue

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("a user must be a JSON object, not \(json.typeName)") }
        guard let id = json["id"]?.lenientString else { throw ZoomModelError("the user has no id") }
        self.id = id
        email = json["email"]?.stringValue
        firstName = json["first_name"]?.stringValue
        lastName = json["last_name"]?.stringValue
        displayName = json["display_name"]?.stringValue
        type = json["type"]?.lenientInt
        status = json["status"]?.stringValue
        timezone = json["timezone"]?.stringValue
        language = json["language"]?.stringValue
        pmi = json["pmi"]?.lenientInt64
        usePMI = json["use_pmi"]?.lenientBool
        personalMeetingURL = json["personal_meeting_url"]?.stringValue
        accountID = json["account_id"]?.stringValue
        accountNumber = json["account_number"]?.lenientInt64
        roleName = json["role_name"]?.stringValue
        dept = json["dept"]?.stringValue
        cluster = json["cluster"]?.stringValue
        lastLoginTime = json["last_login_time"]?.stringValue
        raw = json
    }

    /// The display name, else first and last name, else the email address, else the ID.
    public var name: String {
        if let displayName, !displayName.isEmpty { return displayName }
        let full = [firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if !full.isEmpty { return full }
        return email ?? id
    }
}

extension User {
    /// The names of Zoom's user types (`1` basic, `2` licensed, `4` unassigned without Meetings
    /// basic, `99` none — SSO-created users without a licence).
    public static let typeNames: [Int: String] = [1: "basic", 2: "licensed", 4: "unassigned", 99: "none"]

    /// A user type's name, or the number as sent.
    public static func typeName(_ type: Int) -> String { typeNames[type] ?? String(type) }
}
