import Foundation
import ZoomModels

/// The emulated Zoom: answers OAuth and API requests from its state. An actor, so requests
/// are handled one at a time; within one request nothing suspends between reading and
/// changing the state.
actor SandboxEngine {
    let configuration: SandboxConfiguration
    let tokens: TokenAuthority
    let stateFile: StateFile?
    var state: SandboxState
    var rateLimiter: RateLimiter
    var faults: FaultInjector
    var pages = PageCursors()
    /// `http://127.0.0.1:PORT`, known once the server is bound.
    var origin = ""

    init(configuration: SandboxConfiguration, tokens: TokenAuthority, state: SandboxState, stateFile: StateFile?) {
        self.configuration = configuration
        self.tokens = tokens
        self.state = state
        self.stateFile = stateFile
        self.rateLimiter = RateLimiter(plan: configuration.plan)
        self.faults = FaultInjector(configuration.faults)
    }

    var now: Date { configuration.clock.now() }

    func setOrigin(_ origin: String) { self.origin = origin }

    func setFaults(_ faults: SandboxFaults) { self.faults.replace(with: faults) }

    var latency: Duration { faults.faults.latency }

    /// Answers one request.
    func handle(_ request: SandboxRequest) async -> SandboxResponse {
        var response: SandboxResponse
        let segments = request.segments
        if segments == ["oauth", "token"] {
            response = await oauthToken(request)
        } else if segments.first == "v2" {
            response = await api(
                request, route: SandboxRoute(method: request.method, segments: Array(segments.dropFirst())))
        } else {
            response = APIError.unknownEndpoint.response(json: request.acceptsJSON)
        }
        response.headers.append(Self.trackingHeader())
        return response
    }

    /// A fresh `x-zm-trackingid` header, which Zoom puts on every answer.
    static func trackingHeader() -> HTTPHeader {
        HTTPHeader("x-zm-trackingid", "v=2.0;clid=sandbox;rid=WEB_\(MeetingSecrets.token(32))")
    }

    private func api(_ request: SandboxRequest, route: SandboxRoute?) async -> SandboxResponse {
        let json = request.acceptsJSON
        switch faults.beforeProcessing() {
        case .rateLimitStorm:
            let category = route?.category ?? .light
            return RateLimiter.perSecondError(category, limit: configuration.plan.limit(for: category)).response(
                json: json)
        case .serverError(let status):
            return APIError.serverError(status).response(json: json)
        case .proceed:
            break
        }
        guard let token = Self.bearerToken(request) else { return APIError.missingToken.response(json: json) }
        if case .failure(let error) = await tokens.verify(token, now: now) { return error.response(json: json) }
        // No suspension point from here on: one request's reads and changes are atomic.
        do {
            guard let route else { throw APIError.unknownEndpoint }
            let limitHeaders = try rateLimiter.admit(route.category, at: now).get()
            var response = try dispatch(route, request)
            response.headers += limitHeaders
            if faults.dropAfterProcessing() { response.dropConnection = true }
            return response
        } catch let error as APIError {
            return error.response(json: json)
        } catch {
            return APIError.serverError(500).response(json: json)
        }
    }

    private func dispatch(_ route: SandboxRoute, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        switch route {
        case .listUsers: return try listUsers(request)
        case .getUser(let id):
            return .json(200, Self.userJSON(try user(id), accountID: configuration.credentials.accountID))
        case .createMeeting(let userID): return try createMeeting(userID: userID, request)
        case .listMeetings(let userID): return try listMeetings(userID: userID, request)
        case .getMeeting(let id): return try getMeeting(id, request)
        case .updateMeeting(let id): return try updateMeeting(id, request)
        case .deleteMeeting(let id): return try deleteMeeting(id, request)
        case .invitation(let id): return try invitation(id)
        case .updateStatus(let id): return try updateStatus(id, request)
        }
    }

    static func bearerToken(_ request: SandboxRequest) -> String? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Makes `change` to the state and saves the result when there is a state file. When the
    /// change or the save fails, the state is left as it was before: a failed save is a 500
    /// that changed nothing (not even the daily counter).
    func transaction<T>(_ change: () throws(APIError) -> T) throws(APIError) -> T {
        let before = state
        do {
            let result = try change()
            try persist()
            return result
        } catch {
            state = before
            throw error
        }
    }

    /// Saves the state when there is a state file; a failed save is a 500.
    private func persist() throws(APIError) {
        guard let stateFile else { return }
        do {
            try stateFile.save(state)
        } catch {
            configuration.logger.error("\(error.message)")
            throw APIError(
                status: 500, code: 500, message: "Internal Server Error: the sandbox could not save its state.")
        }
    }
}
