import Foundation

/// Where the built `zoomsh` executable is: next to the test bundle (the tests run after
/// `swift build --build-tests`), else `.build/debug/zoomsh` under the package root.
enum BinaryLocation {
    /// The executable, or an error that says to build it first.
    static func zoomsh() throws -> URL {
        if let found = found { return found }
        throw BinaryMissing(searched: candidates.map(\.path))
    }

    /// The directory that holds `zoomsh` (for PATH in the shebang tests).
    static func directory() throws -> URL { try zoomsh().deletingLastPathComponent() }

    private static let found: URL? = candidates.first { isExecutableFile($0) }

    private static let candidates: [URL] = {
        var directories: [URL] = []
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL]
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: link))
        }
        // The test executable on Linux, or the binary inside an .xctest bundle on macOS.
        for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                directories.append(directory)
                directory = directory.deletingLastPathComponent()
            }
        }
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        var seen = Set<String>()
        return directories.map { $0.appendingPathComponent("zoomsh") }.filter { seen.insert($0.path).inserted }
    }()

    /// The package root, found from this file's path (Tests/ZoomshCLITests/Support/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// The built `zoomsh` is not where the tests look for it.
struct BinaryMissing: Error, CustomStringConvertible {
    var searched: [String]
    var description: String {
        "the zoomsh executable was not found; run `swift build` (or scripts/test) first. Looked for: "
            + searched.joined(separator: ", ")
    }
}
