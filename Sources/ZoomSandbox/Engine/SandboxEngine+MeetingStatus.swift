import Foundation
import ZoomModels

/// `PUT /meetings/{meetingId}/status` and `GET /meetings/{meetingId}/invitation`.
extension SandboxEngine {
    /// `end` ends the running instance (the next instance gets a new UUID, as on Zoom);
    /// `recover` brings back a meeting deleted in the last 7 days.
    func updateStatus(_ idText: String, _ request: SandboxRequest) throws(APIError) -> SandboxResponse {
        guard let value = try? JSONValue(parsing: request.body), case .object(let body) = value else {
            throw APIError.invalidBody
        }
        guard let action = body["action"] else { throw APIError.validation(field: "action", "is required") }
        switch action.stringValue {
        case "end":
            var found = try meeting(idText)
            let now = MeetingFactory(now: self.now).now
            found.endedAt = now
            found.object["uuid"] = .string(MeetingSecrets.uuid())
            try transaction { () throws(APIError) in state.meetings[found.id] = found }
        case "recover":
            guard let id = Int64(idText), var found = state.meetings[id],
                found.deletedAt.map({ now.timeIntervalSince($0) < SandboxState.recoveryPeriod }) ?? true
            else { throw APIError.meetingNotFound(idText) }
            found.deletedAt = nil
            try transaction { () throws(APIError) in state.meetings[id] = found }
        default:
            throw APIError.validation(field: "action", "must be one of end, recover; not \(action.compactText)")
        }
        return .noContent
    }

    func invitation(_ idText: String) throws(APIError) -> SandboxResponse {
        let found = try meeting(idText)
        return .json(200, InvitationText.json(for: found, host: user(id: found.hostID), now: now))
    }
}
