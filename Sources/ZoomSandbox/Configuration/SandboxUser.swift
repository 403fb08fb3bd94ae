import Foundation

/// A user of the sandbox's one account: a possible meeting host.
public struct SandboxUser: Sendable, Hashable {
    /// The user ID (22 characters, like Zoom's: `KDcuGIm1QgePTO8WbOqwIQ`).
    public var id: String
    /// The email address; `/users/{userId}` accepts it in place of the ID.
    public var email: String
    /// The first name.
    public var firstName: String
    /// The last name.
    public var lastName: String
    /// The user's time zone (an IANA ID): local start times without `timezone` are read in it.
    public var timeZone: String
    /// The personal meeting ID.
    public var pmi: Int64
    /// The role: `Owner`, `Admin` or `Member`.
    public var roleName: String
    /// When the user was created (`2024-01-15T09:00:00Z`).
    public var createdAt: String

    /// A user.
    public init(
        id: String, email: String, firstName: String, lastName: String, timeZone: String, pmi: Int64,
        roleName: String = "Member", createdAt: String = "2024-01-15T09:00:00Z"
    ) {
        self.id = id
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.timeZone = timeZone
        self.pmi = pmi
        self.roleName = roleName
        self.createdAt = createdAt
    }

    /// `active`, `inactive` or `pending` (every seeded user is active).
    public var status = "active"

    /// The role's ID: `0` owner, `1` admin, `2` member (Zoom's built-in roles).
    public var roleID: String { ["Owner": "0", "Admin": "1"][roleName] ?? "2" }

    /// The display name: first and last name.
    public var displayName: String { "\(firstName) \(lastName)" }

    /// The seeded users. The first is the account owner and the one `me` stands for.
    ///
    /// | ID | email | time zone |
    /// |---|---|---|
    /// | `KDcuGIm1QgePTO8WbOqwIQ` | `nora.ames@sandbox.example.com` | America/New_York |
    /// | `z8yCxjabR7ur2ZpcOW6HxA` | `mateo.ruiz@sandbox.example.com` | Europe/Madrid |
    /// | `Hc5CWq5YRHuNwW1GzBLPxg` | `yuki.sato@sandbox.example.com` | Asia/Tokyo |
    public static let standard: [SandboxUser] = [
        SandboxUser(
            id: "KDcuGIm1QgePTO8WbOqwIQ", email: "nora.ames@sandbox.example.com", firstName: "Nora",
            lastName: "Ames", timeZone: "America/New_York", pmi: 3_841_592_653, roleName: "Owner",
            createdAt: "2023-03-01T14:00:00Z"),
        SandboxUser(
            id: "z8yCxjabR7ur2ZpcOW6HxA", email: "mateo.ruiz@sandbox.example.com", firstName: "Mateo",
            lastName: "Ruiz", timeZone: "Europe/Madrid", pmi: 5_897_932_384, roleName: "Admin",
            createdAt: "2023-06-12T08:30:00Z"),
        SandboxUser(
            id: "Hc5CWq5YRHuNwW1GzBLPxg", email: "yuki.sato@sandbox.example.com", firstName: "Yuki",
            lastName: "Sato", timeZone: "Asia/Tokyo", pmi: 6_264_338_327, roleName: "Member",
            createdAt: "2024-01-15T00:00:00Z"),
    ]

    /// Problems that make this user unusable, for people; empty when it is fine.
    func problems() -> [String] {
        var problems: [String] = []
        if id.isEmpty || id.contains("/") || id.contains("@") {
            problems.append("user ID '\(id)' is empty or has '/' or '@'")
        }
        if !email.contains("@") { problems.append("user \(id): '\(email)' is not an email address") }
        if TimeZone(identifier: timeZone) == nil { problems.append("user \(id): '\(timeZone)' is not a time zone ID") }
        return problems
    }
}
