import Foundation
import ZoomModels

/// `GET /users/{userId}/meetings`: the host's meetings, filtered by `type` and `from`/`to`,
/// paged by `page_size` and `next_page_token`. Instant meetings are not listed (Zoom: "does not
/// return information about instant meetings"), nor screen-share-only ones (type 10), which
/// the list's schema does not have (its `type` enum is 1, 2, 3, 8).
extension SandboxEngine {
    static let listTypes = ["scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings"]
    /// The meeting types a list shows.
    static let listedMeetingTypes: Set<Int64> = [2, 3, 8]

    func listMeetings(userID: String, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        let owner = try user(userID)
        let page = try page(request, scope: owner.id, maximum: 300) { () throws(APIError) in
            try matchingMeetings(of: owner, request).map { String($0.id) }
        }
        let view = MeetingView(now: now)
        let items = page.keys.compactMap { Int64($0).flatMap { state.meetings[$0] } }.filter { $0.deletedAt == nil }
            .map(view.summary)
        return .json(200, .object(JSONObject(page.fields + [("meetings", .array(items))])))
    }

    /// The host's meetings that the request's filters select, by start (then ID).
    private func matchingMeetings(of owner: SandboxUser, _ request: SandboxRequest) throws(APIError) -> [StoredMeeting]
    {
        let type = request.queryValue("type") ?? "scheduled"
        guard Self.listTypes.contains(type) else {
            throw APIError.validation(field: "type", "must be one of \(Self.listTypes.joined(separator: ", "))")
        }
        var timeZone = TimeZone(identifier: owner.timeZone) ?? ZoomDateTime.utc
        if let name = request.queryValue("timezone"), !name.isEmpty {
            guard let zone = TimeZone(identifier: name) else {
                throw APIError.validation(field: "timezone", "'\(name)' is not a time zone ID")
            }
            timeZone = zone
        }
        let from = try date(request, "from")
        let to = try date(request, "to")
        let now = self.now
        let view = MeetingView(now: now)
        return state.liveMeetings
            .filter { $0.hostID == owner.id && Self.listedMeetingTypes.contains($0.type) }
            .filter { meeting in
                switch type {
                case "live": meeting.status(at: now) == "started"
                case "upcoming", "upcoming_meetings": meeting.isUpcoming(at: now)
                case "previous_meetings": !meeting.isUpcoming(at: now)
                default: true
                }
            }
            .filter { meeting in
                guard from != nil || to != nil else { return true }
                return meeting.windows.contains { window in
                    let day = String(ZoomDateTime.localString(window.start, in: timeZone).prefix(10))
                    return from.map { $0 <= day } ?? true && to.map { day <= $0 } ?? true
                }
            }
            .sorted { left, right in
                let leftStart = view.summaryStart(left) ?? left.createdAt
                let rightStart = view.summaryStart(right) ?? right.createdAt
                return leftStart != rightStart ? leftStart < rightStart : left.id < right.id
            }
    }

    /// A `yyyy-MM-dd` query parameter, if present.
    private func date(_ request: SandboxRequest, _ name: String) throws(APIError) -> String? {
        guard let text = request.queryValue(name), !text.isEmpty else { return nil }
        guard ZoomDateTime.isValidDate(text) else {
            throw APIError.validation(field: name, "'\(text)' is not a date like 2026-12-01 (yyyy-MM-dd)")
        }
        return text
    }
}
