import Foundation
import ZoomKit
import ZoomModels

/// The one runner of paginated lists: `--all`, `--limit N`, `next_page_token` followed, and
/// rows streamed to the output as pages arrive. A list command names its listing and columns.
///
/// ```swift
/// try await shell.runListing(.users(status: .active), command: command, columns: ListUsers.columns)
/// ```
enum ListRunner {
    /// `--all`: follow every page.
    static let all = OptionSpec.flag("all", help: "follow every page")
    /// `--limit N` (each command's help names what it counts: see `options(what:)`).
    static let limit = OptionSpec.value("limit", "N", help: "at most N (pages are followed as needed)")

    /// The paging options of a list command, `--limit`'s help naming what it lists.
    static func options(what: String) -> [OptionSpec] {
        var counted = limit
        counted.help = "at most N \(what) (pages are followed as needed)"
        return [all, counted]
    }

    /// How many items and which page size a command asks for.
    struct Paging: Sendable {
        /// The most items; nil = as many as the pages give.
        var limit: Int?
        /// Whether every page is followed.
        var followsPages: Bool
        /// The page size to ask for.
        var pageSize: Int
    }
}

/// A column of a list: its name and how a row's cell is read from an item.
struct ListColumn: Sendable {
    /// The header.
    var name: String
    /// The cell of an item.
    var cell: @Sendable (JSONValue) -> String

    /// A column showing the item's field `key` as plain text.
    static func field(_ key: String, _ name: String? = nil) -> ListColumn {
        ListColumn(name: name ?? key) { $0[key]?.plainText ?? "" }
    }
}

extension Shell {
    /// `--all` / `--limit N` of `command` against `listing`'s page sizes. Without either, one
    /// page of Zoom's default size.
    func paging(_ command: Command, listing: ZoomListing) throws -> ListRunner.Paging {
        let all = command.hasOption(ListRunner.all)
        var limit: Int?
        if let text = try option(command, ListRunner.limit) {
            guard let number = Int(text), number > 0 else {
                throw CommandError.usage(
                    "\(command.name) --limit: '\(text)' is not a count; give a whole number above 0")
            }
            limit = number
        }
        if all && limit != nil { throw CommandError.usage("\(command.name): give --all or --limit N, not both") }
        let followsPages = all || limit != nil
        let pageSize =
            followsPages ? min(limit ?? listing.maximumPageSize, listing.maximumPageSize) : listing.defaultPageSize
        return ListRunner.Paging(limit: limit, followsPages: followsPages, pageSize: pageSize)
    }

    /// Runs a list: fetches the pages `command` asks for and prints each page's rows as it
    /// arrives (the first row shows before the last page is fetched). `$last` gets every item.
    func runListing(
        _ listing: ZoomListing, command: Command, columns: [ListColumn], remembersMeetings: Bool = false
    ) async throws -> CommandResult {
        let paging = try paging(command, listing: listing)
        if state.modes.dryRun || command.hasOption(CommonOptions.dryRun) {
            return dryRunResult(try listing.request(pageSize: paging.pageSize))
        }
        let client = try zoom()
        defer { state.seen.lastRequest = client.lastRequest }
        var stream = RowStream(columns: columns.map(\.name), mode: state.modes.output, output: output)
        var items: [JSONValue] = []
        var totalRecords: Int?
        var more = false
        do {
            for try await page in try client.pages(of: listing, pageSize: paging.pageSize) {
                totalRecords = totalRecords ?? page.totalRecords
                var batch = page.items
                if let limit = paging.limit, items.count + batch.count > limit {
                    batch = Array(batch.prefix(limit - items.count))
                }
                items += batch
                stream.write(batch.map { item in columns.map { $0.cell(item) } }, items: batch)
                more = page.nextPageToken != nil
                if let limit = paging.limit, items.count >= limit { break }
                if !paging.followsPages { break }
            }
        } catch {
            // What was printed stays printed; the JSON array is closed so the output still parses.
            stream.abandon()
            throw error
        }
        if remembersMeetings { for item in items { remember(item) } }
        let noun = items.count == 1 ? listing.noun.one : listing.noun.many
        var footer = "\(items.count) \(noun)"
        if let totalRecords, totalRecords > items.count { footer += " of \(totalRecords)" }
        if more && !paging.followsPages {
            footer += " (more: \(command.nameWords.map(\.text).joined(separator: " ")) --all, or --limit N)"
        }
        stream.finish(footer: footer)
        return CommandResult(value: .array(items), presentation: .streamed)
    }
}
