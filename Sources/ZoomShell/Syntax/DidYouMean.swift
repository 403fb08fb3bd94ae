/// Suggests the nearest known word for a mistyped one ("did you mean 'create'?").
///
/// Distance is the optimal-string-alignment edit distance (insert, delete, replace, swap two
/// neighbours), ignoring case. A candidate is offered only when it is close: at most 1 edit
/// for words up to 4 letters, 2 up to 8, 3 beyond — and never more than a third of the word's
/// length plus one. A candidate equal but for case always wins.
public enum DidYouMean {
    /// The nearest candidate, or nil when none is close. Ties go to the earlier candidate.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        var matcher = Matcher(word)
        for candidate in candidates {
            guard matcher.isPlausible(candidate.unicodeScalars.count) else { continue }
            if matcher.consider(Array(candidate.lowercased().unicodeScalars)) { matcher.best = candidate }
            if matcher.bestDistance == 0 { break }
        }
        return matcher.best
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

    /// The nearest of candidates given with their lower-cased scalars (precomputed by callers
    /// that ask often, like time zone names).
    static func suggestion(for word: String, amongPrepared candidates: [(String, [Unicode.Scalar])]) -> String? {
        var matcher = Matcher(word)
        for (candidate, scalars) in candidates where matcher.isPlausible(scalars.count) {
            if matcher.consider(scalars) { matcher.best = candidate }
            if matcher.bestDistance == 0 { break }
        }
        return matcher.best
    }

    /// Keeps the best candidate so far and the rows of the distance table, reused across candidates.
    struct Matcher {
        let typed: [Unicode.Scalar]
        let limit: Int
        var best: String?
        var bestDistance: Int
        private var rows: [[Int]] = [[], [], []]

        init(_ word: String) {
            typed = Array(word.lowercased().unicodeScalars)
            limit = typed.isEmpty ? -1 : DidYouMean.threshold(forLength: typed.count)
            bestDistance = limit + 1
        }

        func isPlausible(_ length: Int) -> Bool { abs(length - typed.count) < bestDistance }

        /// Whether `other` is nearer than the best so far (it then becomes the best distance).
        mutating func consider(_ other: [Unicode.Scalar]) -> Bool {
            guard let distance = DidYouMean.distance(typed, other, bound: bestDistance - 1, rows: &rows) else {
                return false
            }
            bestDistance = distance
            return true
        }
    }

    /// The largest distance still suggested for a word of `length` scalars.
    static func threshold(forLength length: Int) -> Int {
        let byLength = length <= 4 ? 1 : (length <= 8 ? 2 : 3)
        return min(byLength, length / 3 + 1)
    }

    /// The edit distance of `a` and `b`, or nil when it is larger than `bound`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        var rows: [[Int]] = [[], [], []]
        return distance(a, b, bound: bound, rows: &rows)
    }

    private static func distance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int, rows: inout [[Int]]
    ) -> Int? {
        guard bound >= 0 else { return nil }
        if a.isEmpty || b.isEmpty {
            let d = max(a.count, b.count)
            return d <= bound ? d : nil
        }
        let width = b.count + 1
        for index in 0..<3 where rows[index].count < width {
            rows[index] = [Int](repeating: 0, count: width)
        }
        var previous2 = rows[0]
        var previous = rows[1]
        var current = rows[2]
        rows = [[], [], []]
        defer { rows = [previous2, previous, current] }
        for j in 0..<width { previous[j] = j }
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                // Plain comparisons: the variadic `min` allocates, which shows in debug builds.
                var value = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                if previous[j] + 1 < value { value = previous[j] + 1 }
                if current[j - 1] + 1 < value { value = current[j - 1] + 1 }
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], previous2[j - 2] + 1 < value {
                    value = previous2[j - 2] + 1
                }
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            if rowMinimum > bound { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[b.count]
        return result <= bound ? result : nil
    }
}
