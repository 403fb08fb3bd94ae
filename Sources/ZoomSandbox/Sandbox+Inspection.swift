import Foundation
import ZoomModels

/// What a sandbox holds, read directly (not over HTTP): for tests and for the CLI.
public struct SandboxSnapshot: Sendable, Hashable {
    /// The meetings that are not deleted, as `GET /meetings/{id}` shows them, oldest first.
    public var meetings: [JSONValue]
    /// The IDs of deleted meetings that can still be recovered.
    public var deletedMeetingIDs: [Int64]
    /// Meeting create/update requests counted today (UTC, by the sandbox's clock) per host ID.
    public var dailyCounts: [String: Int]

    /// The number of meetings that are not deleted.
    public var meetingCount: Int { meetings.count }

    /// The meeting with this ID, if it is not deleted.
    public func meeting(_ id: Int64) -> JSONValue? { meetings.first { $0["id"]?.intValue == id } }
}

extension Sandbox {
    /// The sandbox's state now.
    public func snapshot() async -> SandboxSnapshot { await engine.snapshot() }

    /// The number of meetings that are not deleted.
    public func meetingCount() async -> Int { await engine.state.liveMeetings.count }

    /// Replaces the injected faults (counts and the random generator start afresh).
    public func setFaults(_ faults: SandboxFaults) async throws {
        if let problem = faults.problems().first {
            throw SandboxError(.invalidConfiguration, "invalid sandbox faults: \(problem)")
        }
        await engine.setFaults(faults)
    }
}

extension SandboxEngine {
    func snapshot() -> SandboxSnapshot {
        let view = MeetingView(now: now)
        let live = state.liveMeetings.sorted {
            $0.createdAt != $1.createdAt ? $0.createdAt < $1.createdAt : $0.id < $1.id
        }
        let deleted = state.meetings.values.filter { $0.deletedAt != nil }.map(\.id).sorted()
        var counts: [String: Int] = [:]
        for host in state.dailyCounts.keys { counts[host] = state.dailyCount(for: host, at: now) }
        return SandboxSnapshot(
            meetings: live.map { view.full($0, showPrevious: true) }, deletedMeetingIDs: deleted,
            dailyCounts: counts.filter { $0.value > 0 })
    }
}
