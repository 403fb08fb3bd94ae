import Foundation
import ZoomKit
import ZoomModels

struct ListMeetings: ShellCommand {
    static let spec = CommandSpec(
        name: "list", group: "Zoom", summary: "list the host's meetings (list users: the account's users)",
        examples: ["list", "list upcoming --limit 10", "list scheduled --from today --to +30d --all"],
        options: [from, to] + ListRunner.options(what: "meetings") + [host, CommonOptions.dryRun],
        arguments: [ArgumentSpec("TYPE", isOptional: true, choices: listTypes)])

    static let from = OptionSpec.value("from", "DATE", help: "first day (yyyy-mm-dd, today, tomorrow, +7d)")
    static let to = OptionSpec.value("to", "DATE", help: "last day")
    static let host = CommonOptions.host(help: "list this user's meetings")

    static let subcommands: [any ShellCommand.Type] = [ListUsers.self]

    /// The meeting list types of `list`.
    static let listTypes = MeetingListType.allCases.map(\.rawValue)

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runList(command)
    }
}

extension Shell {
    func runList(_ command: Command) async throws -> CommandResult {
        let host = try option(command, ListMeetings.host) ?? state.host
        var query = MeetingListQuery()
        if let type = try argument(command, 0) {
            guard let listType = MeetingListType(rawValue: type.lowercased()) else {
                throw CommandError.usage(
                    "list: '\(type)' is not a meeting list type; allowed: \(ListMeetings.listTypes.joined(separator: ", "))"
                )
            }
            query.type = listType
        }
        let fromText = try option(command, ListMeetings.from)
        let toText = try option(command, ListMeetings.to)
        // Days are read in the meeting's zone, and Zoom is told which zone that is.
        if fromText != nil || toText != nil { _ = await readingZone(for: command) }
        let meetingZone = state.meetingZone
        let zone = meetingZone.zone
        if let fromText {
            query.from = try CivilDate.parse(fromText, timeZone: zone, now: configuration.now()).description
        }
        if let toText {
            query.to = try CivilDate.parse(toText, timeZone: zone, now: configuration.now()).description
        }
        if query.from != nil || query.to != nil { query.timezone = meetingZone.name }
        let columns: [ListColumn] = [
            .field("id"), .field("topic"),
            ListColumn(name: "start") { item in
                let start = item["start_time"]?.stringValue.flatMap {
                    ZoomDateTime.date($0, timeZone: ZoomDateTime.utc)
                }
                let itemZone = item["timezone"]?.stringValue.flatMap(TimeZone.init(identifier:)) ?? zone
                return start.map { TimeDisplay.short($0, in: itemZone) } ?? "-"
            },
            ListColumn(name: "duration") { item in item["duration"].map { "\($0.plainText)m" } ?? "" },
            ListColumn(name: "type") { item in Shell.typeName(item["type"]) },
        ]
        return try await runListing(
            .meetings(userID: host, query: query), command: command, columns: columns, remembersMeetings: true)
    }
}
