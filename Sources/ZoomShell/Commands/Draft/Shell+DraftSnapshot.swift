import Foundation
import ZoomKit

extension Shell {
    /// Runs a draft command; when it fails, puts the draft (and what goes with it) back as it was.
    func keepingDraftOnFailure(_ body: () async throws -> CommandResult) async throws -> CommandResult {
        let saved = draftSnapshot
        do {
            return try await body()
        } catch {
            restore(saved)
            throw error
        }
    }

    /// The draft and what goes with it, for `keepingDraftOnFailure`.
    var draftSnapshot: SessionState { state }

    func restore(_ saved: SessionState) {
        state.draft = saved.draft
        state.untilDay = saved.untilDay
        state.impliedZone = saved.impliedZone
        state.host = saved.host
        state.loadedCreateOnly = saved.loadedCreateOnly
    }

    /// Notes a meeting id and topic for completion.
    func remember(_ meeting: JSONValue) {
        guard let id = meeting["id"]?.intValue else { return }
        state.seenMeetings[id] = meeting["topic"]?.stringValue ?? ""
    }
}
