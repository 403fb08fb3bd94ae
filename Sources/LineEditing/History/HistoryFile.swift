#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The history file on disk: loaded (and compacted) once, then appended to after every entry.
///
/// The file is created with mode 0600 in a directory created with mode 0700. Every access holds an
/// exclusive `flock` on it, so that several sessions can share one file: a session appends one whole
/// entry with a single `write` on an `O_APPEND` descriptor, and notices (by inode) when another
/// session has replaced the file by a compacted copy.
final class HistoryFile {
    let path: String
    private var appendDescriptor: Int32 = -1

    init(path: String) {
        self.path = path
    }

    deinit {
        if appendDescriptor >= 0 { close(appendDescriptor) }
    }

    /// The entries of the file, oldest first, at most `limit` of them, consecutive duplicates
    /// collapsed. A file over the limit (or not in libedit's format) is rewritten atomically.
    func load(limit: Int) throws(HistoryFileError) -> [String] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return [] }
            throw failure("read")
        }
        defer { close(descriptor) }
        try lock(descriptor, operation: "read")
        defer { flock(descriptor, LOCK_UN) }
        let data = try readAll(descriptor)
        let parsed = HistoryFileFormat.parse(data)
        let entries = LineHistory.collapsingDuplicates(parsed.entries.filter { !$0.isEmpty })
        let kept = Array(entries.suffix(limit))
        if parsed.entries.count > limit || (!data.isEmpty && !parsed.hasCookie) {
            try writeAtomically(kept, operation: "compact")
        } else {
            tightenMode(descriptor)
        }
        return kept
    }

    /// Appends one entry (and the cookie line first when the file is new or empty).
    func append(_ entry: String) throws(HistoryFileError) {
        for _ in 0..<3 {
            let descriptor = try openForAppending()
            try lock(descriptor, operation: "append to")
            defer { flock(descriptor, LOCK_UN) }
            guard !wasReplaced(descriptor) else {
                close(descriptor)
                appendDescriptor = -1
                continue
            }
            var status = stat()
            fstat(descriptor, &status)
            let header = status.st_size == 0 ? HistoryFileFormat.cookie + "\n" : ""
            let text = header + HistoryFileFormat.encode(entry) + "\n"
            try writeAll(Array(text.utf8), to: descriptor, operation: "append to")
            return
        }
        throw HistoryFileError(path: path, operation: "append to", reason: "the file keeps being replaced")
    }

    /// Replaces the file by one holding `entries` (none: only the cookie line).
    func replace(with entries: [String]) throws(HistoryFileError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            try lock(descriptor, operation: "rewrite")
            defer { flock(descriptor, LOCK_UN) }
            try writeAtomically(entries, operation: "rewrite")
        } else if errno == ENOENT {
            try createDirectory(parentOf(path))
            try writeAtomically(entries, operation: "rewrite")
        } else {
            throw failure("rewrite")
        }
    }

    // MARK: - Helpers

    private func openForAppending() throws(HistoryFileError) -> Int32 {
        if appendDescriptor >= 0 { return appendDescriptor }
        try createDirectory(parentOf(path))
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("append to") }
        tightenMode(descriptor)
        appendDescriptor = descriptor
        return descriptor
    }

    /// Whether the path now names another file than `descriptor` (another session compacted it).
    private func wasReplaced(_ descriptor: Int32) -> Bool {
        var opened = stat()
        var current = stat()
        guard fstat(descriptor, &opened) == 0 else { return true }
        guard stat(path, &current) == 0 else { return true }
        return opened.st_dev != current.st_dev || opened.st_ino != current.st_ino
    }

    private func tightenMode(_ descriptor: Int32) {
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & 0o077 != 0 {
            fchmod(descriptor, 0o600)
        }
    }

    private func lock(_ descriptor: Int32, operation: String) throws(HistoryFileError) {
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw failure(operation) }
        }
    }

    private func readAll(_ descriptor: Int32) throws(HistoryFileError) -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data += chunk[0..<count]
            } else if count == 0 {
                return data
            } else if errno != EINTR {
                throw failure("read")
            }
        }
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, operation: String) throws(HistoryFileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0, errno != EINTR {
                throw failure(operation)
            }
        }
    }

    /// Writes `entries` to a temporary file beside the (symlink-resolved) target and renames it over.
    private func writeAtomically(_ entries: [String], operation: String) throws(HistoryFileError) {
        let target = resolvedPath()
        let directory = parentOf(target)
        let name = target.split(separator: "/").last.map(String.init) ?? "history"
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(operation) }
        do throws(HistoryFileError) {
            defer { close(descriptor) }
            fchmod(descriptor, 0o600)
            try writeAll(Array(HistoryFileFormat.file(entries).utf8), to: descriptor, operation: operation)
            guard fsync(descriptor) == 0 else { throw failure(operation) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let error = failure(operation)
            unlink(temporary)
            throw error
        }
    }

    private func resolvedPath() -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func parentOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `mkdir -p` with mode 0700 for every directory it creates.
    private func createDirectory(_ directory: String) throws(HistoryFileError) {
        var status = stat()
        if stat(directory, &status) == 0 { return }
        let parent = parentOf(directory)
        if parent != directory { try createDirectory(parent) }
        if mkdir(directory, 0o700) != 0, errno != EEXIST {
            let reason = String(cString: strerror(errno))
            throw HistoryFileError(path: path, operation: "create the directory of the", reason: reason)
        }
    }

    private func failure(_ operation: String) -> HistoryFileError {
        HistoryFileError(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }
}
