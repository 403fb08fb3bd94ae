/// The API endpoints the sandbox answers, below `/v2`.
enum SandboxRoute: Sendable, Equatable {
    /// `GET /users`
    case listUsers
    /// `GET /users/{userId}`
    case getUser(String)
    /// `POST /users/{userId}/meetings`
    case createMeeting(userID: String)
    /// `GET /users/{userId}/meetings`
    case listMeetings(userID: String)
    /// `GET /meetings/{meetingId}`
    case getMeeting(String)
    /// `PATCH /meetings/{meetingId}`
    case updateMeeting(String)
    /// `DELETE /meetings/{meetingId}`
    case deleteMeeting(String)
    /// `GET /meetings/{meetingId}/invitation`
    case invitation(String)
    /// `PUT /meetings/{meetingId}/status`
    case updateStatus(String)

    /// The route of `method` and the decoded path segments after `v2`, or nil.
    init?(method: String, segments: [String]) {
        switch (method, segments.count, segments.first) {
        case ("GET", 1, "users"): self = .listUsers
        case ("GET", 2, "users"): self = .getUser(segments[1])
        case ("POST", 3, "users") where segments[2] == "meetings": self = .createMeeting(userID: segments[1])
        case ("GET", 3, "users") where segments[2] == "meetings": self = .listMeetings(userID: segments[1])
        case ("GET", 2, "meetings"): self = .getMeeting(segments[1])
        case ("PATCH", 2, "meetings"): self = .updateMeeting(segments[1])
        case ("DELETE", 2, "meetings"): self = .deleteMeeting(segments[1])
        case ("GET", 3, "meetings") where segments[2] == "invitation": self = .invitation(segments[1])
        case ("PUT", 3, "meetings") where segments[2] == "status": self = .updateStatus(segments[1])
        default: return nil
        }
    }

    /// Zoom's rate-limit label of the endpoint.
    var category: RateLimitCategory {
        switch self {
        case .listUsers, .listMeetings: .medium
        default: .light
        }
    }
}
