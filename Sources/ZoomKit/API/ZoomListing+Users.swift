import Foundation
import ZoomModels

/// The status filter of `GET /users`.
public enum UserStatus: String, Sendable, Hashable, CaseIterable {
    /// Users who can sign in (Zoom's default).
    case active
    /// Deactivated users.
    case inactive
    /// Users invited who have not accepted yet.
    case pending
}

extension ZoomListing {
    /// `GET /users`: the account's users with `status` (Zoom's default: active), optionally of
    /// one role; up to 2,000 a page.
    public static func users(status: UserStatus? = nil, roleID: String? = nil) -> ZoomListing {
        ZoomListing(noun: ("user", "users"), itemsKey: "users", maximumPageSize: 2000) { pageSize, token in
            var query: [QueryItem] = []
            if let status { query.append(QueryItem("status", status.rawValue)) }
            if let roleID, !roleID.isEmpty { query.append(QueryItem("role_id", roleID)) }
            if let pageSize { query.append(QueryItem("page_size", String(pageSize))) }
            if let token, !token.isEmpty { query.append(QueryItem("next_page_token", token)) }
            return ZoomRequest(method: "GET", path: "/users", query: query)
        }
    }
}
