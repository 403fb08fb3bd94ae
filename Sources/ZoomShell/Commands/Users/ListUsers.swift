import Foundation
import ZoomKit
import ZoomModels

/// `list users`: the account's users, every page on demand.
struct ListUsers: ShellCommand {
    static let spec = CommandSpec(
        name: "users", summary: "list the account's users",
        examples: ["list users", "list users --status pending", "list users --role 2 --all"],
        options: ListRunner.options(what: "users") + [status, role, CommonOptions.dryRun])

    static let status = OptionSpec.value(
        "status", "STATUS", choices: UserStatus.allCases.map(\.rawValue), help: "active (default), inactive or pending")
    static let role = OptionSpec.value("role", "ROLE_ID", help: "only users of this role (0 owner, 1 admin, 2 member)")

    /// The columns of a user row.
    static let columns: [ListColumn] = [
        .field("id"), .field("email"),
        ListColumn(name: "name") { user in
            [user["first_name"]?.stringValue, user["last_name"]?.stringValue].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: " ")
        },
        ListColumn(name: "type") { user in user["type"]?.intValue.map { User.typeName(Int($0)) } ?? "" },
        .field("status"), .field("timezone"),
    ]

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        var userStatus: UserStatus?
        if let text = try shell.option(command, status) {
            guard let value = UserStatus(rawValue: text.lowercased()) else {
                throw CommandError.usage(
                    "list users --status: '\(text)' is not a status; use "
                        + UserStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            userStatus = value
        }
        let listing = ZoomListing.users(status: userStatus, roleID: try shell.option(command, role))
        return try await shell.runListing(listing, command: command, columns: columns)
    }
}
