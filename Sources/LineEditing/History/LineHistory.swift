import Synchronization

/// The history of entered lines: in memory, and appended to a file after every line when it has one.
///
/// Blank lines, lines the filter refuses, lines starting with a space (unless configured otherwise)
/// and a repeat of the previous entry are not recorded. At most `limit` entries are kept, in memory
/// and in the file (compacted when loaded). File errors never stop the session: they are reported
/// once to `onError` and the history goes on in memory only.
public final class LineHistory: Sendable {
    /// The file the history is kept in, or `nil` for a history in memory only.
    public let filePath: String?
    /// The most entries kept.
    public let limit: Int

    private let filter: @Sendable (String) -> Bool
    private let ignoresLinesStartingWithSpace: Bool
    private let onError: @Sendable (HistoryFileError) -> Void
    private let state: Mutex<State>

    private struct State {
        var entries: [String] = []
        var file: HistoryFile?
        /// Increases on every change, so that a line editor knows when to reload its own copy.
        var generation = 0
    }

    /// The default number of entries kept.
    public static let defaultLimit = 5000

    /// Creates a history and loads its file, if any.
    ///
    /// - Parameters:
    ///   - filePath: the history file (see ``HistoryLocation``), or `nil` to keep the history in memory.
    ///   - limit: the most entries kept (at least 1).
    ///   - ignoresLinesStartingWithSpace: whether a line typed with a leading space stays out of the
    ///     history (as with bash's `HISTCONTROL=ignorespace`).
    ///   - filter: says whether a line may be recorded; `false` keeps it out (e.g. a line holding a secret).
    ///   - onError: told about a file that cannot be read or written (at most once per history).
    public init(
        filePath: String?,
        limit: Int = LineHistory.defaultLimit,
        ignoresLinesStartingWithSpace: Bool = true,
        filter: @escaping @Sendable (String) -> Bool = { _ in true },
        onError: @escaping @Sendable (HistoryFileError) -> Void = { _ in }
    ) {
        self.filePath = filePath
        self.limit = max(1, limit)
        self.filter = filter
        self.ignoresLinesStartingWithSpace = ignoresLinesStartingWithSpace
        self.onError = onError
        var initial = State()
        if let filePath {
            let file = HistoryFile(path: filePath)
            do {
                initial.entries = try file.load(limit: self.limit)
                initial.file = file
            } catch {
                onError(error)
            }
        }
        state = Mutex(initial)
    }

    /// A history in memory only.
    public static func inMemory(limit: Int = LineHistory.defaultLimit) -> LineHistory {
        LineHistory(filePath: nil, limit: limit)
    }

    /// The entries, oldest first.
    public var entries: [String] {
        state.withLock { $0.entries }
    }

    /// Records `line` (its trailing white space and line terminators removed) and returns the entry recorded, or
    /// `nil` when the line stays out of the history.
    @discardableResult
    public func add(_ line: String) -> String? {
        guard let entry = acceptedEntry(line) else { return nil }
        let (recorded, failure) = state.withLock { state -> (Bool, HistoryFileError?) in
            guard state.entries.last != entry else { return (false, nil) }
            state.entries.append(entry)
            if state.entries.count > limit {
                state.entries.removeFirst(state.entries.count - limit)
            }
            state.generation += 1
            do throws(HistoryFileError) {
                try state.file?.append(entry)
            } catch {
                state.file = nil
                return (true, error)
            }
            return (true, nil)
        }
        if let failure { onError(failure) }
        return recorded ? entry : nil
    }

    /// Forgets every entry, in memory and in the file.
    public func clear() {
        let failure = state.withLock { state -> HistoryFileError? in
            state.entries.removeAll()
            state.generation += 1
            do throws(HistoryFileError) {
                try state.file?.replace(with: [])
            } catch {
                state.file = nil
                return error
            }
            return nil
        }
        if let failure { onError(failure) }
    }

    /// The entries and the generation they belong to, read together.
    var snapshot: (entries: [String], generation: Int) {
        state.withLock { ($0.entries, $0.generation) }
    }

    /// The generation of the entries (increases with every change).
    var generation: Int {
        state.withLock { $0.generation }
    }

    private func acceptedEntry(_ line: String) -> String? {
        var entry = Substring(line)
        while let last = entry.last, last.isWhitespace {
            entry.removeLast()
        }
        guard entry.contains(where: { !$0.isWhitespace }) else { return nil }
        if ignoresLinesStartingWithSpace, entry.first == " " { return nil }
        let result = String(entry)
        return filter(result) ? result : nil
    }

    /// `entries` without consecutive repeats.
    static func collapsingDuplicates(_ entries: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(entries.count)
        for entry in entries where result.last != entry {
            result.append(entry)
        }
        return result
    }
}
