import Foundation
import ZoomKit
import ZoomModels

struct RawAPI: ShellCommand {
    static let spec = CommandSpec(
        name: "api", group: "Zoom", summary: "send any request to Zoom's API (path below /v2)",
        examples: [
            "api GET /users/me", "api GET /users/me/meetings --query type=live",
            "api PATCH /meetings/85746065432 '{\"topic\":\"Renamed\"}'",
        ],
        options: [.value("query", "NAME=VALUE", help: "a query item (repeatable)"), CommonOptions.dryRun],
        arguments: [
            ArgumentSpec("METHOD", choices: ["GET", "POST", "PATCH", "PUT", "DELETE"]), ArgumentSpec("PATH"),
            ArgumentSpec("JSON", isOptional: true, isVariadic: true),
        ])

    static func run(_ command: Command, in shell: isolated Shell) async throws -> CommandResult {
        try await shell.runAPI(command)
    }
}

extension Shell {
    func runAPI(_ command: Command) async throws -> CommandResult {
        let method = try argument(command, 0) ?? "GET"
        var path = try argument(command, 1) ?? "/"
        // Paths copied from Zoom's docs carry the `/v2` that the base URL already ends with.
        if path == "/v2" || path.hasPrefix("/v2/") { path.removeFirst(3) }
        if path.isEmpty { path = "/" }
        var body: JSONValue?
        if command.arguments.count > 2 {
            let text = try texts(Array(command.arguments[2...])).joined(separator: " ")
            do {
                body = try JSONValue(parsing: text)
            } catch {
                // Unquoted JSON loses its quotes to the lexer: read the body as it was typed.
                let raw = command.sourceText(fromArgument: 2).flatMap { raw in
                    command.options.isEmpty ? raw : nil
                }
                guard let raw, let parsed = try? JSONValue(parsing: raw) else {
                    throw CommandError.usage("api: the body is not JSON (\(error)); quote it: '{\"topic\":\"x\"}'")
                }
                body = parsed
            }
        }
        var request = try ZoomRequest.raw(method: method, path: path, body: body)
        for item in try texts(command.values(ofOption: "query")) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw CommandError.usage("api --query: '\(item)' is not NAME=VALUE")
            }
            request.query.append(QueryItem(String(parts[0]), String(parts[1])))
        }
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let value: JSONValue? = try? response.json()
        if let value { remember(value) }
        let text = value?.prettyText ?? String(decoding: response.body, as: UTF8.self)
        return CommandResult(
            value: value ?? ["status": .int(Int64(response.status))],
            presentation: .text(text.isEmpty ? "\(response.status) (no body)" : text))
    }
}
