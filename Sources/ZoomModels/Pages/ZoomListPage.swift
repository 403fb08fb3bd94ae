import Foundation

/// A page of answers that may continue with `next_page_token`.
public protocol ZoomPage: Sendable {
    /// What the page lists.
    associatedtype Item: Sendable
    /// The token for the next page; nil (or empty from Zoom) on the last page.
    var nextPageToken: String? { get }
    /// The page's items.
    var items: [Item] { get }
}

/// One page of any Zoom listing: its items, decoded as `Item`, and the paging fields.
public struct ZoomListPage<Item: ZoomModel>: ZoomPage, Sendable {
    /// The token for the next page; nil on the last page (Zoom sends an empty string).
    public var nextPageToken: String?
    /// The page size Zoom used.
    public var pageSize: Int?
    /// The number of pages, when Zoom says.
    public var pageCount: Int?
    /// The number of items across all pages, when Zoom says.
    public var totalRecords: Int?
    /// The items of this page.
    public var items: [Item]
    /// The page as Zoom sent it.
    public var raw: JSONValue

    /// Reads a page whose items are under `itemsKey`.
    public init(json: JSONValue, itemsKey: String) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("a list page must be a JSON object") }
        let token = json["next_page_token"]?.stringValue
        nextPageToken = token?.isEmpty == false ? token : nil
        pageSize = json["page_size"]?.lenientInt
        pageCount = json["page_count"]?.lenientInt
        totalRecords = json["total_records"]?.lenientInt
        var items: [Item] = []
        for item in json[itemsKey]?.arrayValue ?? [] { items.append(try Item(json: item)) }
        self.items = items
        raw = json
    }
}

extension ZoomListPage: Equatable where Item: Equatable {}
extension ZoomListPage: Hashable where Item: Hashable {}

/// An item of a listing whose pages always keep it under one key (`meetings`, `participants`).
public protocol ZoomListItem: ZoomModel {
    /// The key of the items in a page.
    static var listKey: String { get }
}

extension ZoomListPage where Item: ZoomListItem {
    /// Reads a page whose items are under `Item.listKey`.
    public init(json: JSONValue) throws(ZoomModelError) { try self.init(json: json, itemsKey: Item.listKey) }
}
