import Foundation
import ZoomModels

/// Which meetings `GET /users/{userId}/meetings` lists.
public enum MeetingListType: String, Sendable, Hashable, CaseIterable {
    /// Unexpired previous, live and upcoming scheduled meetings (Zoom's default).
    case scheduled
    /// Meetings in progress.
    case live
    /// Upcoming meetings, live ones included.
    case upcoming
    /// Upcoming meetings, live ones included.
    case upcomingMeetings = "upcoming_meetings"
    /// Previous meetings.
    case previousMeetings = "previous_meetings"
}

/// The filters and page size of a meeting list.
public struct MeetingListQuery: Sendable, Hashable {
    /// Zoom's largest page.
    public static let maximumPageSize = 300

    /// Which meetings; Zoom's default is `scheduled`.
    public var type: MeetingListType?
    /// The first day, `yyyy-MM-dd`.
    public var from: String?
    /// The last day, `yyyy-MM-dd`.
    public var to: String?
    /// The time zone of `from` and `to`.
    public var timezone: String?
    /// Meetings per page, 1 to 300 (Zoom's default is 30).
    public var pageSize: Int?

    /// A query.
    public init(
        type: MeetingListType? = nil, from: String? = nil, to: String? = nil, timezone: String? = nil,
        pageSize: Int? = nil
    ) {
        self.type = type
        self.from = from
        self.to = to
        self.timezone = timezone
        self.pageSize = pageSize
    }

    /// The query items, after checking the page size and the dates.
    public func queryItems(pageToken: String? = nil) throws(ZoomArgumentError) -> [QueryItem] {
        var items: [QueryItem] = []
        if let type { items.append(QueryItem("type", type.rawValue)) }
        if let pageSize {
            guard (1...Self.maximumPageSize).contains(pageSize) else {
                throw ZoomArgumentError(
                    argument: "page_size", message: "\(pageSize) is out of range: 1 to \(Self.maximumPageSize)")
            }
            items.append(QueryItem("page_size", String(pageSize)))
        }
        for (name, value) in [("from", from), ("to", to)] {
            guard let value else { continue }
            guard ZoomDateTime.isValidDate(value) else {
                throw ZoomArgumentError(argument: name, message: "'\(value)' is not a date: use yyyy-MM-dd")
            }
            items.append(QueryItem(name, value))
        }
        if let from, let to, from > to {
            throw ZoomArgumentError(argument: "to", message: "\(to) is before from (\(from))")
        }
        if let timezone { items.append(QueryItem("timezone", timezone)) }
        if let pageToken, !pageToken.isEmpty { items.append(QueryItem("next_page_token", pageToken)) }
        return items
    }
}
