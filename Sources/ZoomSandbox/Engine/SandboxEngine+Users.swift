import Foundation
import ZoomModels

/// `GET /users/{userId}` and `GET /users`.
extension SandboxEngine {
    /// The user that `/users/{userId}` names: `me` (the first user), an ID or an email.
    func user(_ idOrEmail: String) throws(APIError) -> SandboxUser {
        let users = configuration.users
        if idOrEmail == "me", let first = users.first { return first }
        if let user = users.first(where: { $0.id == idOrEmail || $0.email.lowercased() == idOrEmail.lowercased() }) {
            return user
        }
        throw APIError.userNotFound(idOrEmail)
    }

    /// The user with this ID, if any.
    func user(id: String) -> SandboxUser? { configuration.users.first { $0.id == id } }

    func listUsers(_ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        let status = request.queryValue("status") ?? "active"
        guard ["active", "inactive", "pending"].contains(status) else {
            throw APIError.validation(field: "status", "must be one of active, inactive, pending")
        }
        let roleID = request.queryValue("role_id").flatMap { $0.isEmpty ? nil : $0 }
        let page = try page(request, scope: "users", maximum: 2000) { () throws(APIError) in
            configuration.users.filter { user in
                user.status == status && (roleID.map { $0 == user.roleID } ?? true)
            }.map(\.id)
        }
        let accountID = configuration.credentials.accountID
        let users = page.keys.compactMap { user(id: $0) }.map {
            Self.listedUserJSON(Self.userJSON($0, accountID: accountID))
        }
        return .json(200, .object(JSONObject(page.fields + [("users", .array(users))])))
    }

    /// The keys a user has in `GET /users` (fewer than `GET /users/{userId}` answers: no
    /// `role_name`, `pic_url`, `account_id`…), per the list's response schema.
    static let listedUserKeys: Set<String> = [
        "id", "first_name", "last_name", "display_name", "email", "type", "pmi", "timezone", "verified", "dept",
        "created_at", "user_created_at", "last_login_time", "last_client_version", "status", "role_id",
    ]

    /// A user as `GET /users` lists it.
    static func listedUserJSON(_ user: JSONValue) -> JSONValue {
        .object(
            JSONObject(
                (user.objectValue ?? JSONObject()).filter { listedUserKeys.contains($0.key) }.map { ($0.key, $0.value) }
            ))
    }

    /// `page_size` of a list request: default 30, 1 to `maximum`.
    func pageSize(_ request: SandboxRequest, maximum: Int) throws(APIError) -> Int {
        guard let text = request.queryValue("page_size") else { return 30 }
        guard let size = Int(text) else { throw APIError.validation(field: "page_size", "must be an integer") }
        guard size >= 1 else { throw APIError.validation(field: "page_size", "must be greater than or equal to 1") }
        guard size <= maximum else {
            throw APIError.validation(field: "page_size", "must be less than or equal to \(maximum)")
        }
        return size
    }

    /// A user as `GET /users/{userId}` answers it.
    static func userJSON(_ user: SandboxUser, accountID: String) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(user.id)),
                ("first_name", .string(user.firstName)),
                ("last_name", .string(user.lastName)),
                ("display_name", .string(user.displayName)),
                ("email", .string(user.email)),
                ("type", 2),
                ("role_name", .string(user.roleName)),
                ("pmi", .int(user.pmi)),
                ("use_pmi", false),
                ("personal_meeting_url", .string("https://zoom.us/j/\(user.pmi)")),
                ("timezone", .string(user.timeZone)),
                ("verified", 1),
                ("dept", ""),
                ("created_at", .string(user.createdAt)),
                ("user_created_at", .string(user.createdAt)),
                ("last_login_time", .string(user.createdAt)),
                ("last_client_version", "6.3.0.52884(mac)"),
                ("pic_url", ""),
                ("language", "en-US"),
                ("phone_number", ""),
                ("status", .string(user.status)),
                ("role_id", .string(user.roleID)),
                ("account_id", .string(accountID)),
                ("account_number", 10_000_001),
                ("cluster", "us05"),
                ("login_types", [100]),
            ]))
    }
}
