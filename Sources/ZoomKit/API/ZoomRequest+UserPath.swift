import Foundation

extension ZoomRequest {
    /// The encoded `{userId}` segment for a user ID, an email address or `me`.
    static func userSegment(_ userID: String) throws(ZoomArgumentError) -> String {
        let trimmed = userID.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw ZoomArgumentError(argument: "userId", message: "is empty: use a user ID, an email address or me")
        }
        return ZoomPath.segment(trimmed)
    }
}
