import Foundation
import ZoomModels

extension Shell {
    /// A meeting type's friendly name (`recurring-fixed`), or the value as sent.
    static func typeName(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        return MeetingFieldCatalog.standard.field("type")?.enumValues.first { $0.value == value }?.displayName
            ?? value.plainText
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
        pairs.append(("type", Self.typeName(meeting.type.map { .int(Int64($0)) })))
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
