import Foundation

/// The `next_page_token`s of meeting lists: opaque random strings that stand for a snapshot
/// of the matching meeting IDs and a position in it, valid for 15 minutes (Zoom's expiry).
struct PageCursors: Sendable {
    /// Where a token points.
    struct Cursor: Sendable {
        /// The user whose meetings are listed.
        var userID: String
        /// The IDs that matched when the listing began, in order.
        var ids: [Int64]
        /// The index of the first ID of the next page.
        var offset: Int
        /// When the token stops working.
        var expiresAt: Date
    }

    static let lifetime: TimeInterval = 15 * 60

    private var cursors: [String: Cursor] = [:]

    /// A token for `cursor` (expired tokens are forgotten on the way).
    mutating func issue(userID: String, ids: [Int64], offset: Int, now: Date) -> String {
        cursors = cursors.filter { now < $0.value.expiresAt }
        let token = MeetingSecrets.token(32)
        cursors[token] = Cursor(
            userID: userID, ids: ids, offset: offset, expiresAt: now.addingTimeInterval(Self.lifetime))
        return token
    }

    /// The cursor of `token` for `userID`, or nil when it is unknown, expired or another user's.
    func cursor(_ token: String, userID: String, now: Date) -> Cursor? {
        guard let cursor = cursors[token], cursor.userID == userID, now < cursor.expiresAt else { return nil }
        return cursor
    }
}
