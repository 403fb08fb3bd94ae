import Foundation
import ZoomModels

/// The invitation text of `GET /meetings/{id}/invitation`, laid out like Zoom's (CRLF lines).
enum InvitationText {
    static func json(for meeting: StoredMeeting, host: SandboxUser?, now: Date) -> JSONValue {
        .object(
            JSONObject([
                ("invitation", .string(text(for: meeting, host: host, now: now))),
                ("sip_links", .array([.string("\(meeting.id)@zoomcrc.com")])),
            ]))
    }

    static func text(for meeting: StoredMeeting, host: SandboxUser?, now: Date) -> String {
        let spacedID = MeetingSecrets.spacedID(meeting.id)
        let password = meeting.object["password"]?.stringValue ?? ""
        let numeric = meeting.object["pstn_password"]?.stringValue ?? ""
        let who = host?.displayName ?? "A Zoom user"
        var lines: [String] = []
        lines.append("\(who) is inviting you to a scheduled Zoom meeting.")
        lines.append("")
        lines.append("Topic: \(meeting.object["topic"]?.stringValue ?? "Zoom Meeting")")
        let zone = meeting.timeZone
        let zoneName = zone.identifier.replacingOccurrences(of: "/", with: ", ")
        let upcoming = meeting.occurrences.filter { !$0.isDeleted && now < $0.end }
        if meeting.type == 8, !meeting.occurrences.isEmpty {
            lines.append("Time: \(format(upcoming.first?.start ?? meeting.start ?? now, zone)) \(zoneName)")
            lines.append("        \(recurrenceSummary(meeting))")
            for occurrence in upcoming {
                lines.append("        \(format(occurrence.start, zone, dateOnly: true))")
            }
        } else if meeting.type == 3 {
            lines.append("Time: This is a recurring meeting Meet anytime")
        } else if let start = meeting.start {
            lines.append("Time: \(format(start, zone)) \(zoneName)")
        }
        lines.append("")
        lines.append("Join Zoom Meeting")
        lines.append(meeting.object["join_url"]?.stringValue ?? "https://zoom.us/j/\(meeting.id)")
        lines.append("")
        lines.append("Meeting ID: \(spacedID)")
        if !password.isEmpty { lines.append("Passcode: \(password)") }
        lines.append("")
        lines.append("---")
        lines.append("")
        lines.append("One tap mobile")
        let tap = numeric.isEmpty ? "\(meeting.id)#" : "\(meeting.id)#,,,,*\(numeric)#"
        lines.append("+15550100100,,\(tap) US (New York)")
        lines.append("+15550100199,,\(tap) US (San Jose)")
        lines.append("")
        lines.append("---")
        lines.append("")
        lines.append("Dial by your location")
        lines.append("• +1 555 010 0100 US (New York)")
        lines.append("• +1 555 010 0199 US (San Jose)")
        lines.append("")
        lines.append("Meeting ID: \(spacedID)")
        if !numeric.isEmpty { lines.append("Passcode: \(numeric)") }
        lines.append("")
        lines.append("Join by SIP")
        lines.append("• \(meeting.id)@zoomcrc.com")
        lines.append("")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func recurrenceSummary(_ meeting: StoredMeeting) -> String {
        let recurrence = meeting.object["recurrence"]
        let interval = recurrence?["repeat_interval"]?.intValue ?? 1
        let count = meeting.occurrences.filter { !$0.isDeleted }.count
        let unit: String
        switch recurrence?["type"]?.intValue {
        case 1: unit = interval == 1 ? "day" : "\(interval) days"
        case 2: unit = interval == 1 ? "week" : "\(interval) weeks"
        default: unit = interval == 1 ? "month" : "\(interval) months"
        }
        var text = "Every \(unit)"
        if let last = meeting.occurrences.last(where: { !$0.isDeleted }) {
            text += ", until \(format(last.start, meeting.timeZone, dateOnly: true))"
        }
        return text + ", \(count) occurrence(s)"
    }

    /// `Dec 1, 2026 10:00 AM` (or just the date) in `zone`.
    static func format(_ date: Date, _ zone: TimeZone, dateOnly: Bool = false) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = dateOnly ? "MMM d, yyyy" : "MMM d, yyyy hh:mm a"
        return formatter.string(from: date)
    }
}
