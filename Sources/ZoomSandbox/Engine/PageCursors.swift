import Foundation
import ZoomModels

/// The `next_page_token`s of lists: opaque random strings that stand for a snapshot of the
/// matching keys (meeting IDs, user IDs) and a position in it, valid for 15 minutes (Zoom's
/// expiry). A token works only for the list (`scope`) that issued it.
struct PageCursors: Sendable {
    /// Where a token points.
    struct Cursor: Sendable {
        /// The list it belongs to (a host's meetings, the account's users).
        var scope: String
        /// The keys that matched when the listing began, in order.
        var keys: [String]
        /// The index of the first key of the next page.
        var offset: Int
        /// When the token stops working.
        var expiresAt: Date
    }

    static let lifetime: TimeInterval = 15 * 60

    private var cursors: [String: Cursor] = [:]

    /// A token for `cursor` (expired tokens are forgotten on the way).
    mutating func issue(scope: String, keys: [String], offset: Int, now: Date) -> String {
        cursors = cursors.filter { now < $0.value.expiresAt }
        let token = MeetingSecrets.token(32)
        cursors[token] = Cursor(
            scope: scope, keys: keys, offset: offset, expiresAt: now.addingTimeInterval(Self.lifetime))
        return token
    }

    /// The cursor of `token` for `scope`, or nil when it is unknown, expired or another list's.
    func cursor(_ token: String, scope: String, now: Date) -> Cursor? {
        guard let cursor = cursors[token], cursor.scope == scope, now < cursor.expiresAt else { return nil }
        return cursor
    }
}

/// One page of a list, as every paged endpoint of the sandbox answers it.
struct SandboxPage: Sendable {
    /// The keys of this page's items.
    var keys: ArraySlice<String>
    /// `page_count`, `page_number`, `page_size`, `total_records`, `next_page_token`.
    var fields: [(String, JSONValue)]
}

extension SandboxEngine {
    /// The page a list request asks for: `page_size` (default 30, 1 to `maximum`) keys after
    /// its `next_page_token`, or from the start of `matching()` (evaluated only then).
    func page(
        _ request: SandboxRequest, scope: String, maximum: Int, matching: () throws(APIError) -> [String]
    ) throws(APIError) -> SandboxPage {
        let pageSize = try pageSize(request, maximum: maximum)
        let keys: [String]
        let offset: Int
        if let token = request.queryValue("next_page_token"), !token.isEmpty {
            guard let cursor = pages.cursor(token, scope: scope, now: now) else { throw APIError.invalidPageToken }
            keys = cursor.keys
            offset = cursor.offset
        } else {
            keys = try matching()
            offset = 0
        }
        let end = min(keys.count, offset + pageSize)
        let next = end < keys.count ? pages.issue(scope: scope, keys: keys, offset: end, now: now) : ""
        return SandboxPage(
            keys: keys[offset..<end],
            fields: [
                ("page_count", .int(Int64((keys.count + pageSize - 1) / pageSize))),
                ("page_number", .int(Int64(offset / pageSize + 1))),
                ("page_size", .int(Int64(pageSize))),
                ("total_records", .int(Int64(keys.count))),
                ("next_page_token", .string(next)),
            ])
    }
}
