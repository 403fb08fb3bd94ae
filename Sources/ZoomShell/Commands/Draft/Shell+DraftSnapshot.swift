import Foundation
import ZoomModels

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

    /// The draft and what goes with it (the host), for `keepingDraftOnFailure`.
    var draftSnapshot: (draft: DraftState, host: String) { (state.draft, state.host) }

    func restore(_ saved: (draft: DraftState, host: String)) {
        state.draft = saved.draft
        state.host = saved.host
    }

    /// Notes a meeting id and topic for completion.
    func remember(_ meeting: JSONValue) {
        guard let id = meeting["id"]?.intValue else { return }
        state.seen.meetings[id] = meeting["topic"]?.stringValue ?? ""
    }
}
