import Foundation

/// Create, get, update and delete a meeting.
extension SandboxEngine {
    /// The meeting `/meetings/{meetingId}` names (not deleted), or Zoom's 404 (code 3001).
    func meeting(_ idText: String) throws(APIError) -> StoredMeeting {
        guard let id = Int64(idText), let meeting = state.meetings[id], meeting.deletedAt == nil else {
            throw APIError.meetingNotFound(idText)
        }
        return meeting
    }

    /// Zoom's daily limit: 100 meeting create/update requests per host and UTC day.
    func checkDailyLimit(for hostID: String) throws(APIError) {
        let limit = configuration.dailyMeetingLimit
        if state.dailyCount(for: hostID, at: now) >= limit { throw RateLimiter.dailyError(limit: limit, now: now) }
    }

    /// The request's `occurrence_id`, which must name an occurrence of `meeting`.
    func occurrenceIndex(_ request: SandboxRequest, in meeting: StoredMeeting) throws(APIError) -> Int? {
        guard let occurrenceID = request.queryValue("occurrence_id"), !occurrenceID.isEmpty else { return nil }
        guard let index = meeting.occurrences.firstIndex(where: { $0.id == occurrenceID }) else {
            throw APIError.invalidParameter("occurrence_id")
        }
        return index
    }

    func createMeeting(userID: String, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        let requester = try user(userID)
        let body = try MeetingBodyCheck.accept(request.body, for: .create)
        var host = requester
        var assistant: SandboxUser?
        if let scheduleFor = body["schedule_for"]?.stringValue, !scheduleFor.isEmpty {
            guard let target = try? user(scheduleFor) else {
                throw APIError(
                    status: 400, code: 300,
                    message: "The value that you entered in the schedule_for field is invalid. "
                        + "Enter a valid value and try again.")
            }
            if target.id != requester.id {
                host = target
                assistant = requester
            }
        }
        try checkDailyLimit(for: host.id)
        let created = try transaction { () throws(APIError) -> StoredMeeting in
            let factory = MeetingFactory(now: now)
            let created = try factory.create(body, id: state.takeMeetingID(), host: host, assistant: assistant)
            state.meetings[created.id] = created
            state.countDaily(for: host.id, at: now)
            return created
        }
        return .json(201, MeetingView(now: now).full(created))
    }

    func getMeeting(_ idText: String, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        let found = try meeting(idText)
        let index = try occurrenceIndex(request, in: found)
        let showPrevious = request.queryValue("show_previous_occurrences")?.lowercased() == "true"
        let view = MeetingView(now: now)
        return .json(
            200, view.full(found, occurrenceID: index.map { found.occurrences[$0].id }, showPrevious: showPrevious))
    }

    func updateMeeting(_ idText: String, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        var found = try meeting(idText)
        let index = try occurrenceIndex(request, in: found)
        // As for create: the body is checked before the daily limit.
        let body = try MeetingBodyCheck.accept(request.body, for: .update)
        try MeetingBodyCheck.checkRecurrence(of: body, currentType: found.type)
        var newHost: SandboxUser?
        if index == nil, let scheduleFor = body["schedule_for"]?.stringValue, !scheduleFor.isEmpty {
            guard let target = try? user(scheduleFor) else {
                throw APIError(status: 400, code: 3000, message: "You cannot schedule a meeting for \(scheduleFor).")
            }
            newHost = target
        }
        try checkDailyLimit(for: found.hostID)
        let factory = MeetingFactory(now: now)
        if let index {
            try factory.update(&found, occurrence: index, with: body)
        } else {
            try factory.update(&found, with: body, host: newHost)
        }
        try transaction { () throws(APIError) in
            state.meetings[found.id] = found
            state.countDaily(for: found.hostID, at: now)
        }
        return .noContent
    }

    func deleteMeeting(_ idText: String, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        var found = try meeting(idText)
        if request.queryValue("occurrence_id").map({ !$0.isEmpty }) == true {
            guard let index = try occurrenceIndex(request, in: found) else {
                throw APIError.invalidParameter("occurrence_id")
            }
            found.occurrences[index].isDeleted = true
        } else {
            found.deletedAt = MeetingFactory(now: now).now
        }
        try transaction { () throws(APIError) in
            state.meetings[found.id] = found
            _ = state.prune(at: now)
        }
        return .noContent
    }
}
