/// Suggests the nearest known word for a mistyped one ("did you mean 'create'?").
///
/// Distance is the optimal-string-alignment edit distance (insert, delete, replace, swap two
/// neighbours), ignoring case. A candidate is offered only when it is close: at most 1 edit
/// for words up to 4 letters, 2 up to 8, 3 beyond — and never more than a third of the word's
/// length plus one. A candidate equal but for case always wins.
public enum DidYouMean {
    /// The nearest candidate, or nil when none is close. Ties go to the earlier candidate.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let typed = Array(word.lowercased().unicodeScalars)
        guard !typed.isEmpty else { return nil }
        let limit = threshold(forLength: typed.count)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - typed.count) <= limit else { continue }
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            guard bound >= 0, let distance = distance(typed, other, bound: bound) else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
                if distance == 0 { break }
            }
        }
        return best?.candidate
    }

    /// `: did you mean 'X'?` for the nearest candidate, or "" when none is close.
    /// `quote` formats the candidate (default: in single quotes).
    public static func hint(
        for word: String, among candidates: some Sequence<String>,
        quote: (String) -> String = { "'\($0)'" }
    ) -> String {
        guard let suggestion = suggestion(for: word, among: candidates) else { return "" }
        return ": did you mean \(quote(suggestion))?"
    }

    /// The largest distance still suggested for a word of `length` scalars.
    static func threshold(forLength length: Int) -> Int {
        let byLength = length <= 4 ? 1 : (length <= 8 ? 2 : 3)
        return min(byLength, length / 3 + 1)
    }

    /// The edit distance of `a` and `b`, or nil when it is larger than `bound`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        if a.isEmpty || b.isEmpty {
            let d = max(a.count, b.count)
            return d <= bound ? d : nil
        }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > bound { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[b.count]
        return result <= bound ? result : nil
    }
}
