import Foundation
import ZoomKit
import ZoomModels

extension Shell {
    func runCreate(_ command: Command) async throws -> CommandResult {
        let host = try option(command, "host") ?? state.host
        let zone = await settledZone(for: command)
        let errors = draftIssues(for: .create, zone: zone).errors
        if !errors.isEmpty {
            throw CommandError.failed(
                "not sent: the draft has \(errors.count) problem\(errors.count == 1 ? "" : "s") "
                    + "(the draft is kept; fix with set/unset):\n" + errors.map(\.description).joined(separator: "\n"))
        }
        let body = requestDraft(for: .create, zone: zone).requestBody(for: .create).json
        let request = try ZoomRequest.createMeeting(userID: host, body: body)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        var result = meetingResult(meeting, headline: "created")
        result.note = state.draftStart(in: zone)?.note.map { "note: \($0)" }
        return result
    }

    func runGet(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.getMeeting(
            id: id, occurrenceID: try option(command, "occurrence"),
            showPreviousOccurrences: command.hasOption("previous") ? true : nil)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let meeting = try Meeting(json: try response.json() ?? .null)
        remember(meeting.raw)
        return meetingResult(meeting, headline: nil)
    }

    func runList(_ command: Command) async throws -> CommandResult {
        let host = try option(command, "host") ?? state.host
        var query = MeetingListQuery()
        if let type = try argument(command, 0) {
            guard let listType = MeetingListType(rawValue: type.lowercased()) else {
                throw CommandError.usage(
                    "list: '\(type)' is not a meeting list type; allowed: \(CommandTable.listTypes.joined(separator: ", "))"
                )
            }
            query.type = listType
        }
        let fromText = try option(command, "from")
        let toText = try option(command, "to")
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
        var limit: Int? = nil
        if let text = try option(command, "limit") {
            guard let number = Int(text), number > 0 else {
                throw CommandError.usage("list --limit: '\(text)' is not a count; give a whole number above 0")
            }
            limit = number
        }
        let all = command.hasOption("all")
        if all && limit != nil { throw CommandError.usage("list: give --all or --limit N, not both") }
        query.pageSize = min(limit ?? MeetingListQuery.maximumPageSize, MeetingListQuery.maximumPageSize)
        if !all && limit == nil { query.pageSize = 30 }
        let first = try ZoomRequest.listMeetings(userID: host, query: query)
        if state.dryRun || command.hasOption("dry-run") { return dryRunResult(first) }

        var items: [JSONValue] = []
        var totalRecords: Int64?
        var more = false
        let client = try zoom()
        defer { state.lastRequest = client.lastRequest }
        for try await page in try client.meetingPages(userID: host, query: query) {
            totalRecords = totalRecords ?? page.totalRecords.map(Int64.init)
            for item in page.meetings {
                if let limit, items.count >= limit { break }
                items.append(item.raw)
            }
            more = !(page.nextPageToken ?? "").isEmpty
            if let limit, items.count >= limit { break }
            if !all && limit == nil { break }
        }
        for item in items { remember(item) }
        let rows = items.map { item -> [String] in
            let start = item["start_time"]?.stringValue.flatMap { ZoomDateTime.date($0, timeZone: ZoomDateTime.utc) }
            let itemZone = item["timezone"]?.stringValue.flatMap(TimeZone.init(identifier:)) ?? zone
            return [
                item["id"]?.plainText ?? "", item["topic"]?.plainText ?? "",
                start.map { TimeDisplay.short($0, in: itemZone) } ?? "-",
                item["duration"].map { "\($0.plainText)m" } ?? "", typeName(item["type"]),
            ]
        }
        var footer = "\(items.count) meeting\(items.count == 1 ? "" : "s")"
        if let totalRecords, totalRecords > items.count { footer += " of \(totalRecords)" }
        if more && !all { footer += " (more: list --all, or --limit N)" }
        return CommandResult(
            value: .array(items),
            presentation: .table(columns: ["id", "topic", "start", "duration", "type"], rows: rows, footer: footer))
    }

    func runUpdate(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        guard !state.sendableDraft(in: state.meetingZone).requestBody(for: .update).body.isEmpty else {
            throw CommandError.usage("nothing to update: set the fields to change first (e.g. set topic \"New name\")")
        }
        // A wall-time start without a zone keeps the meeting's own zone: never one not chosen.
        let (zone, zoneWarning) = try await updateZone(meetingID: id, command: command)
        let errors = draftIssues(for: .update, zone: zone).errors
        if !errors.isEmpty {
            throw CommandError.failed(
                "not sent: the update has \(errors.count) problem\(errors.count == 1 ? "" : "s"):\n"
                    + errors.map(\.description).joined(separator: "\n"))
        }
        let requestBody = requestDraft(for: .update, zone: zone).requestBody(for: .update)
        let body = requestBody.json
        let request = ZoomRequest.updateMeeting(id: id, body: body, occurrenceID: try option(command, "occurrence"))
        guard try await send(request, command: command) != nil else {
            var result = dryRunResult(request)
            result.warnings += zoneWarning.map { [$0] } ?? []
            return result
        }
        let note = "updated meeting \(id): " + requestBody.body.keys.joined(separator: ", ")
        // PATCH answers 204 with no body: read the meeting back to show the result.
        let meeting = try await zoom().meeting(id: id)
        remember(meeting.raw)
        var result = meetingResult(meeting, headline: "updated")
        result.note = note
        result.warnings += zoneWarning.map { [$0] } ?? []
        return result
    }

    func runDelete(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let occurrence = try option(command, "occurrence")
        let request = ZoomRequest.deleteMeeting(
            id: id, occurrenceID: occurrence, scheduleForReminder: command.hasOption("notify") ? true : nil,
            cancelMeetingReminder: command.hasOption("notify-registrants") ? true : nil)
        guard try await send(request, command: command) != nil else { return dryRunResult(request) }
        state.seenMeetings[id] = occurrence == nil ? nil : state.seenMeetings[id]
        let what = occurrence.map { "occurrence \($0) of meeting \(id)" } ?? "meeting \(id)"
        var value: JSONValue = ["deleted": true, "id": .int(id)]
        if let occurrence { value["occurrence_id"] = .string(occurrence) }
        return CommandResult(value: value, presentation: .text("deleted \(what)"))
    }

    func runEnd(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.updateMeetingStatus(id: id, action: .end)
        guard try await send(request, command: command) != nil else { return dryRunResult(request) }
        return CommandResult(value: ["ended": true, "id": .int(id)], presentation: .text("ended meeting \(id)"))
    }

    func runInvite(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let request = ZoomRequest.meetingInvitation(id: id)
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let value = try response.json() ?? .null
        // Zoom writes the invitation with CRLF line ends: print it with the platform's.
        let text = (value["invitation"]?.plainText ?? value.prettyText).replacingOccurrences(of: "\r\n", with: "\n")
        return CommandResult(value: value, presentation: .text(text))
    }

    func runWhoami(_ command: Command) async throws -> CommandResult {
        let request = try ZoomRequest.getUser("me")
        guard let response = try await send(request, command: command) else { return dryRunResult(request) }
        let user = try User(json: try response.json() ?? .null)
        if let zone = user.timezone.flatMap(TimeZoneNames.zone(named:)) { state.userTimeZone = zone }
        var pairs: [(String, String)] = [("id", user.id)]
        if let email = user.email { pairs.append(("email", email)) }
        let name = [user.firstName, user.lastName].compactMap { $0 }.joined(separator: " ")
        if !name.isEmpty { pairs.append(("name", name)) }
        if let type = user.type {
            pairs.append(("type", [1: "basic", 2: "licensed", 4: "unassigned"][type] ?? String(type)))
        }
        if let zone = user.timezone { pairs.append(("timezone", zone)) }
        if let account = user.accountID { pairs.append(("account", account)) }
        if let pmi = user.pmi { pairs.append(("pmi", String(pmi))) }
        pairs.append(("auth", connection?.provider.summary ?? ""))
        if configuration.isSandbox { pairs.append(("api", "sandbox (offline; nothing here is a real meeting)")) }
        return CommandResult(value: user.raw, presentation: .record(headline: nil, pairs: pairs))
    }

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

    // MARK: - Presentation

    func typeName(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        return state.draft.catalog.field("type")?.enumValues.first { $0.value == value }?.displayName ?? value.plainText
    }

    /// A meeting for people: one headline with the essentials, then the details.
    func meetingResult(_ meeting: Meeting, headline: String?) -> CommandResult {
        let zone = meeting.timezone.flatMap(TimeZoneNames.zone(named:)) ?? state.meetingZone.zone
        let start = meeting.startDate
        var pairs: [(String, String)] = [("id", String(meeting.id)), ("topic", meeting.topic ?? "")]
        if let start {
            pairs.append(("start", TimeDisplay.threeZones(start, meeting: zone, local: configuration.localTimeZone)))
        }
        if let duration = meeting.duration { pairs.append(("duration", "\(duration) min")) }
        pairs.append(("type", typeName(meeting.type.map { .int(Int64($0)) })))
        if let status = meeting.status { pairs.append(("status", status)) }
        if let join = meeting.joinURL { pairs.append(("join", join)) }
        if let password = meeting.password, !password.isEmpty { pairs.append(("passcode", password)) }
        if let host = meeting.hostEmail { pairs.append(("host", host)) }
        if !meeting.occurrences.isEmpty {
            let next = meeting.occurrences.first { $0.status != "deleted" }
            pairs.append(
                (
                    "occurrences",
                    "\(meeting.occurrences.count)"
                        + (next?.startDate.map { ", next " + TimeDisplay.short($0, in: zone) } ?? "")
                ))
        }
        if let agenda = meeting.agenda, !agenda.isEmpty { pairs.append(("agenda", agenda)) }
        var line: String?
        if let headline {
            var parts = ["\(headline) meeting \(meeting.id)"]
            if let topic = meeting.topic { parts.append("\"\(topic)\"") }
            if let start { parts.append(TimeDisplay.short(start, in: zone)) }
            if let join = meeting.joinURL { parts.append(join) }
            if let password = meeting.password, !password.isEmpty { parts.append("passcode \(password)") }
            line = parts.joined(separator: " · ") + (configuration.isSandbox ? "  [sandbox]" : "")
        }
        return CommandResult(value: meeting.raw, presentation: .record(headline: line, pairs: pairs))
    }
}
