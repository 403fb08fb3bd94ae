import TerminalText

/// What pressing Tab does to the edited line: a pure function of the text around the cursor and the
/// candidates.
enum CompletionStep: Sendable, Hashable {
    /// No candidate: beep.
    case beep
    /// Nothing to change (the word is already complete).
    case unchanged
    /// Delete `deleting` Unicode scalars before the cursor and insert `inserting` there.
    case replace(deleting: Int, inserting: String)
    /// Show the candidates below the line and redraw it unchanged.
    case list([CompletionCandidate])
}

enum CompletionPlanner {
    /// The step for `completion` when the line reads `before` + `after` around the cursor.
    ///
    /// - one candidate: it replaces the word, followed by a space when it is a whole word (unless a
    ///   space already follows the cursor);
    /// - several: their longest common prefix replaces the word when it is longer than the word;
    ///   otherwise (nothing more could be inserted, e.g. on a second Tab) they are listed.
    static func step(before: String, after: String, completion: Completion) -> CompletionStep {
        let candidates = usableCandidates(completion.candidates)
        let start = min(max(0, completion.start), before.count)
        let word = String(before.dropFirst(start))
        let deleting = word.unicodeScalars.count
        switch candidates.count {
        case 0:
            return .beep
        case 1:
            let candidate = candidates[0]
            let followedBySpace = after.first?.isWhitespace ?? false
            let inserting = candidate.text + (candidate.appendsSpace && !followedBySpace ? " " : "")
            return inserting == word ? .unchanged : .replace(deleting: deleting, inserting: inserting)
        default:
            let prefix = commonPrefix(candidates.map(\.text))
            if prefix.count > word.count {
                return .replace(deleting: deleting, inserting: prefix)
            }
            return .list(candidates)
        }
    }

    /// The candidates without duplicates (the first one wins), without empty ones, and without any
    /// control character in their text.
    static func usableCandidates(_ candidates: [CompletionCandidate]) -> [CompletionCandidate] {
        var seen = Set<String>()
        var result: [CompletionCandidate] = []
        for var candidate in candidates {
            candidate.text = String(
                String.UnicodeScalarView(candidate.text.unicodeScalars.filter { !TextSanitizer.isControl($0) }))
            guard !candidate.text.isEmpty, seen.insert(candidate.text).inserted else { continue }
            result.append(candidate)
        }
        return result
    }

    /// The longest common prefix of `texts`, compared `Character` by `Character`.
    static func commonPrefix(_ texts: [String]) -> String {
        guard var prefix = texts.first.map(Array.init) else { return "" }
        for text in texts.dropFirst() {
            let characters = Array(text)
            var length = 0
            while length < prefix.count, length < characters.count, prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }
}
