import Foundation
import ZoomModels

/// The start of a body as one line, for error messages: blanks collapsed, cut at `limit` characters.
enum BodyExcerpt {
    static func make(_ body: Data, limit: Int = 200) -> String {
        let text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
        var out = ""
        var lastWasBlank = false
        for character in text {
            if character.isWhitespace || character.isNewline || character.asciiValue.map({ $0 < 0x20 }) == true {
                if !lastWasBlank, !out.isEmpty { out.append(" ") }
                lastWasBlank = true
            } else {
                out.append(character)
                lastWasBlank = false
            }
            if out.count >= limit { break }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        let truncated = out.count >= limit || body.count > limit * 4
        return truncated ? out + "…" : out
    }

    /// The media type of a `Content-Type` value without parameters (`text/html`), lower-cased.
    static func mediaType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init)?.trimmingWhitespace()
        return type?.isEmpty == false ? type?.lowercased() : nil
    }
}
