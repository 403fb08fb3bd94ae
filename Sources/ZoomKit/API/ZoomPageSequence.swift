import Foundation
import ZoomModels

/// The pages of a listing, fetched one at a time as they are iterated, following
/// `next_page_token` until Zoom sends none.
public struct ZoomPageSequence<Page: ZoomPage>: AsyncSequence, Sendable {
    /// A page.
    public typealias Element = Page

    private let fetch: @Sendable (String?) async throws -> Page
    private let maximumPages: Int

    /// The most pages followed by default: 10,000 pages of 300 are three million meetings, so a
    /// server that never stops sending new tokens cannot keep a listing going forever.
    public static var defaultMaximumPages: Int { 10_000 }

    /// Pages from `fetch`, called with nil for the first page and then with each next token.
    public init(maximumPages: Int = defaultMaximumPages, fetch: @escaping @Sendable (String?) async throws -> Page) {
        self.fetch = fetch
        self.maximumPages = maximumPages
    }

    /// Fetches pages on demand.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let fetch: @Sendable (String?) async throws -> Page
        private let maximumPages: Int
        private var token: String?
        private var finished = false
        private var fetched = 0

        init(fetch: @escaping @Sendable (String?) async throws -> Page, maximumPages: Int) {
            self.fetch = fetch
            self.maximumPages = maximumPages
        }

        /// The next page, or nil after the last.
        public mutating func next() async throws -> Page? {
            guard !finished else { return nil }
            guard fetched < maximumPages else {
                finished = true
                throw ZoomModelError("stopped after \(maximumPages) pages: Zoom kept sending next_page_token")
            }
            fetched += 1
            let page: Page
            do {
                page = try await fetch(token)
            } catch {
                finished = true
                throw error
            }
            if let next = page.nextPageToken, !next.isEmpty {
                if next == token {
                    finished = true
                    throw ZoomModelError("Zoom sent the same next_page_token twice; stopped paging")
                }
                token = next
            } else {
                finished = true
            }
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(fetch: fetch, maximumPages: maximumPages) }
}

/// The items of a listing across its pages, fetching a page only when the items before it
/// are used up, and stopping after `limit` items if there is a limit.
public struct ZoomItemSequence<Page: ZoomPage>: AsyncSequence, Sendable {
    /// An item.
    public typealias Element = Page.Item

    private let pages: ZoomPageSequence<Page>
    /// The most items to yield; nil = all.
    public let limit: Int?

    /// The items of `pages`, at most `limit`.
    public init(pages: ZoomPageSequence<Page>, limit: Int? = nil) {
        self.pages = pages
        self.limit = limit
    }

    /// Yields items page by page.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var pages: ZoomPageSequence<Page>.AsyncIterator
        private var buffer: [Page.Item] = []
        private var position = 0
        private var remaining: Int?

        init(pages: ZoomPageSequence<Page>.AsyncIterator, limit: Int?) {
            self.pages = pages
            self.remaining = limit
        }

        /// The next item, or nil after the last (or after `limit`).
        public mutating func next() async throws -> Page.Item? {
            if let remaining, remaining <= 0 { return nil }
            while position == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items
                position = 0
            }
            defer { position += 1 }
            if let remaining { self.remaining = remaining - 1 }
            return buffer[position]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), limit: limit)
    }
}
