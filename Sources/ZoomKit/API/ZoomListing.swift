import Foundation
import ZoomModels

/// A list endpoint of Zoom that pages with `page_size` and `next_page_token`: the request for
/// one page, the key its items sit under, and its largest page.
///
/// ```swift
/// let listing = try ZoomListing.users(status: .active)
/// for try await page in client.pages(of: listing, pageSize: 300) { … page.items … }
/// ```
public struct ZoomListing: Sendable {
    /// What one item is called, singular and plural (`user`, `users`), for messages.
    public var noun: (one: String, many: String)
    /// The key of the page's items (`users`, `meetings`, `participants`).
    public var itemsKey: String
    /// Zoom's largest `page_size` for the endpoint.
    public var maximumPageSize: Int
    /// Zoom's page size when none is asked for.
    public var defaultPageSize: Int
    private let makeRequest: @Sendable (_ pageSize: Int?, _ pageToken: String?) throws -> ZoomRequest

    /// A listing from its parts; `request` builds the request of a page.
    public init(
        noun: (one: String, many: String), itemsKey: String, maximumPageSize: Int = 300, defaultPageSize: Int = 30,
        request: @escaping @Sendable (_ pageSize: Int?, _ pageToken: String?) throws -> ZoomRequest
    ) {
        self.noun = noun
        self.itemsKey = itemsKey
        self.maximumPageSize = maximumPageSize
        self.defaultPageSize = defaultPageSize
        self.makeRequest = request
    }

    /// The request of one page: `pageSize` (1 to `maximumPageSize`, nil for Zoom's default)
    /// items after `pageToken` (nil for the first page).
    public func request(pageSize: Int?, pageToken: String? = nil) throws -> ZoomRequest {
        if let pageSize, !(1...maximumPageSize).contains(pageSize) {
            throw ZoomArgumentError(
                argument: "page_size", message: "\(pageSize) is out of range: use 1 to \(maximumPageSize)")
        }
        return try makeRequest(pageSize, pageToken)
    }
}

extension ZoomClient {
    /// One page of `listing`: `pageSize` items after `pageToken` (nil for the first page).
    public func page<Item: ZoomModel>(
        of listing: ZoomListing, pageSize: Int?, pageToken: String? = nil, as item: Item.Type = JSONValue.self
    ) async throws -> ZoomListPage<Item> {
        let response = try await send(try listing.request(pageSize: pageSize, pageToken: pageToken))
        guard let json = try response.json() else {
            throw ZoomModelError("Zoom answered \(response.status) with an empty body where a list page was expected")
        }
        return try ZoomListPage<Item>(json: json, itemsKey: listing.itemsKey)
    }

    /// The pages of `listing`, `pageSize` items each, fetched as they are iterated.
    public func pages<Item: ZoomModel>(
        of listing: ZoomListing, pageSize: Int?, as item: Item.Type = JSONValue.self
    ) throws -> ZoomPageSequence<ZoomListPage<Item>> {
        _ = try listing.request(pageSize: pageSize)
        return ZoomPageSequence { [self] token in
            try await page(of: listing, pageSize: pageSize, pageToken: token, as: Item.self)
        }
    }
}
