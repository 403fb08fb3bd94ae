/// How results are printed.
public enum OutputMode: String, Sendable, Hashable, CaseIterable {
    /// Aligned tables and key/value lists for people (the default on a terminal).
    case table
    /// One JSON document per result on standard output, nothing else there (the default otherwise).
    case json
    /// Bare values and tab-separated rows, for `cut` and friends.
    case plain
}
