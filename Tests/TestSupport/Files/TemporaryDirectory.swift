import Foundation

/// A fresh directory under the system's temporary directory, removed when the value is released
/// or by ``remove()``.
///
/// The one owner of the tests' scratch directories: script files, history files, state files,
/// scratch homes and the homes of programs on a pseudo-terminal all live in one.
public final class TemporaryDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates `<temporary directory>/<prefix>-<UUID>`.
    public init(prefix: String = "zoomsh-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// The directory's path.
    public var path: String { url.path }

    /// The URL of `name` (a relative path) in the directory.
    public func url(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// The path of `name` (a relative path) in the directory.
    public func file(_ name: String) -> String {
        url(name).path
    }

    /// Writes `text` to `name` (creating the directories on the way) and returns its path; with
    /// `mode`, sets the file's permissions explicitly, so the process umask cannot change what a
    /// test means.
    @discardableResult
    public func write(_ name: String, _ text: String, mode: Int? = nil) throws -> String {
        let file = url(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        if let mode {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        }
        return file.path
    }

    /// The text of `name`.
    public func read(_ name: String) throws -> String {
        try String(contentsOfFile: file(name), encoding: .utf8)
    }

    /// The permission bits of `name` (-1 when they cannot be read).
    public func mode(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file(name))
        return (attributes[.posixPermissions] as? Int) ?? -1
    }

    /// Removes the directory and everything in it (again: nothing happens).
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
