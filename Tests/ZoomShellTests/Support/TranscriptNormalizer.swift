import Foundation
import ZoomModels

/// Replaces what changes from run to run with placeholders, keeping what must stay equal equal.
///
/// - Meeting ids (the sandbox's) become `<meeting-N>` in text and `<#meeting-N>` where they
///   were JSON numbers, N counting from 1 in order of first appearance, so that "the id `get`
///   printed is the id `create` printed" is still checked. The spaced form Zoom uses in
///   invitations (`800 0791 9333`) maps to the same placeholder.
/// - Random values a meeting carries (`uuid`, `password`, `h323_password`, `pstn_password`,
///   `encrypted_password`) become `<uuid-N>`, `<passcode-N>`, `<pin-N>`, `<pwd-N>` wherever they
///   appear (join links and invitations included); the `zak` of start links becomes `<zak>`.
/// - JWTs become `<jwt>` (JWTKit writes the header's keys in no fixed order); `expires_at`
///   (from the wall clock of the token provider) becomes `<expires-at>`; trace timings, tracking
///   ids and `Date` headers become `(<elapsed>)`, `<tracking-id>`, `<date>`; the sandbox's port
///   becomes `<port>`, the scripts' directory `<scripts>`, zoomsh's version `<version>`.
///
/// Everything else (times, topics, settings, occurrence ids, messages) is kept as it is: the
/// sandbox and the shell run on a fixed clock, so it does not change between runs.
struct TranscriptNormalizer {
    /// Ids of meetings the sandbox made (live and deleted).
    var meetingIDs: Set<Int64>
    /// Literal replacements applied first (`127.0.0.1:41234` → `127.0.0.1:<port>`, paths).
    var literals: [(String, String)]

    static let randomKeys: [String: String] = [
        "uuid": "uuid", "password": "passcode", "h323_password": "pin", "pstn_password": "pin",
        "encrypted_password": "pwd",
    ]

    func normalize(code: Int32, chunks: [RecordingOutput.Chunk]) -> Transcript {
        let chunks = chunks.map { RecordingOutput.Chunk(stream: $0.stream, text: applyLiterals($0.text)) }
        let documents: [(JSONValue?, String)] = chunks.filter { $0.stream == .standardOutput }.map {
            (try? JSONValue(parsing: $0.text), $0.text)
        }
        // Gather the values to hide, then number them by first appearance in the output.
        var candidates: [String: String] = [:]
        for id in meetingIDs {
            candidates[String(id)] = "meeting"
            candidates[Self.spaced(id)] = "meeting"
        }
        for (document, _) in documents { if let document { collect(document, into: &candidates) } }
        let allText = chunks.map(\.text).joined(separator: "\n")
        var found: [(position: Int, value: String, kind: String)] = []
        for (value, kind) in candidates where !value.isEmpty {
            if let range = Self.boundedRange(of: value, in: allText) {
                found.append((allText.distance(from: allText.startIndex, to: range.lowerBound), value, kind))
            }
        }
        found.sort { $0.position != $1.position ? $0.position < $1.position : $0.value < $1.value }
        var placeholders: [String: String] = [:]
        var counters: [String: Int] = [:]
        var meetingNumbers: [Int64: Int] = [:]
        for item in found {
            if item.kind == "meeting", let id = Int64(item.value.replacingOccurrences(of: " ", with: "")) {
                if meetingNumbers[id] == nil {
                    counters["meeting", default: 0] += 1
                    meetingNumbers[id] = counters["meeting"]
                }
                placeholders[item.value] = "<meeting-\(meetingNumbers[id]!)>"
                continue
            }
            guard placeholders[item.value] == nil else { continue }
            counters[item.kind, default: 0] += 1
            placeholders[item.value] = "<\(item.kind)-\(counters[item.kind]!)>"
        }
        // Longer values first, so that a value inside another is not replaced half-way.
        let ordered = placeholders.sorted {
            $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key
        }
        func text(_ string: String) -> String {
            var result = string
            for (value, placeholder) in ordered { result = Self.replaceBounded(value, with: placeholder, in: result) }
            for (pattern, template) in Self.patterns {
                result = result.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
            }
            return result
        }
        func value(_ json: JSONValue, key: String?) -> JSONValue {
            if key == "expires_at", json.stringValue != nil { return "<expires-at>" }
            switch json {
            case .string(let string): return .string(text(string))
            case .int(let number):
                if let position = meetingNumbers[number] { return .string("<#meeting-\(position)>") }
                return json
            case .array(let items): return .array(items.map { value($0, key: nil) })
            case .object(let object):
                var copy = JSONObject()
                for (name, member) in object { copy[name] = value(member, key: name) }
                return .object(copy)
            default: return json
            }
        }
        let stdout = documents.map { document, raw -> JSONValue in
            if let document { return value(document, key: nil) }
            return ["#text": .array(Self.lines(text(raw)).map(JSONValue.string))]
        }
        let errors = text(chunks.filter { $0.stream == .standardError }.map(\.text).joined())
        let stderr = Self.lines(
            Self.traceVariables.reduce(errors) {
                $0.replacingOccurrences(of: $1.0, with: $1.1, options: .regularExpression)
            })
        return Transcript(exitCode: code, stdout: stdout, stderr: stderr)
    }

    /// Regular expressions for what has no value to collect.
    static let patterns: [(String, String)] = [
        (#"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+"#, "<jwt>"),
        (#"zak=[A-Za-z0-9_.-]+"#, "zak=<zak>"),
    ]

    /// What varies in trace lines (standard error only): the timing at the end of a response
    /// line (`← 201 POST … (3 ms)`), the response's tracking id and `Date` header.
    static let traceVariables: [(String, String)] = [
        (#"(?m)^(.*[←✗] .*) \(\d+(\.\d+)? (ms|s)\)$"#, "$1 (<elapsed>)"),
        (#"(?mi)^(.*←\s+x-zm-trackingid:) .*$"#, "$1 <tracking-id>"),
        (#"(?m)^(.*←\s+Date:) .*$"#, "$1 <date>"),
    ]

    func applyLiterals(_ text: String) -> String {
        literals.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    func collect(_ json: JSONValue, into candidates: inout [String: String]) {
        switch json {
        case .object(let object):
            // Only a meeting as Zoom returns it (it has a uuid) carries generated secrets.
            let isMeeting = object["uuid"] != nil
            for (key, member) in object {
                if isMeeting, let kind = Self.randomKeys[key], let string = member.stringValue, string.count >= 4 {
                    candidates[string] = candidates[string] ?? kind
                }
                collect(member, into: &candidates)
            }
        case .array(let items): for item in items { collect(item, into: &candidates) }
        default: break
        }
    }

    /// `80007919333` as invitations show it: `800 0791 9333`.
    static func spaced(_ id: Int64) -> String {
        let digits = Array(String(id))
        guard digits.count == 11 else { return String(id) }
        return String(digits[0..<3]) + " " + String(digits[3..<7]) + " " + String(digits[7...])
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }

    /// The first occurrence of `value` not glued to letters or digits on either side.
    static func boundedRange(of value: String, in text: String) -> Range<String.Index>? {
        var start = text.startIndex
        while let range = text.range(of: value, range: start..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if !isWordCharacter(before) && !isWordCharacter(after) { return range }
            start = text.index(after: range.lowerBound)
        }
        return nil
    }

    static func replaceBounded(_ value: String, with placeholder: String, in text: String) -> String {
        var result = text
        var start = result.startIndex
        while let range = result.range(of: value, range: start..<result.endIndex) {
            let before = range.lowerBound > result.startIndex ? result[result.index(before: range.lowerBound)] : nil
            let after = range.upperBound < result.endIndex ? result[range.upperBound] : nil
            if !isWordCharacter(before) && !isWordCharacter(after) {
                let offset = result.distance(from: result.startIndex, to: range.lowerBound) + placeholder.count
                result.replaceSubrange(range, with: placeholder)
                start = result.index(result.startIndex, offsetBy: offset)
            } else {
                start = result.index(after: range.lowerBound)
            }
        }
        return result
    }
}
