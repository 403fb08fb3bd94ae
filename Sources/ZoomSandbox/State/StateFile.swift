import Foundation
import ZoomModels

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The JSON file that keeps a sandbox's state across restarts. Each save writes a temporary
/// file beside it (mode 0600), flushes it and renames it over the old one, so a crash leaves
/// either the old or the new state, never half of one.
struct StateFile: Sendable {
    /// The path of the file.
    let path: String

    /// The saved state (nil when the file does not exist yet) and, for each meeting that
    /// could not be read and was left out, a line saying why.
    func load() throws(SandboxError) -> (state: SandboxState, skipped: [String])? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SandboxError(.stateFile, "cannot read the sandbox state file \(path): \(error.localizedDescription)")
        }
        do {
            var skipped: [String] = []
            let state = try SandboxState(json: try JSONValue(parsing: data), skipped: &skipped)
            return (state, skipped)
        } catch let error as StateFormatError {
            throw SandboxError(.stateFile, "the sandbox state file \(path) is not usable: \(error)")
        } catch {
            throw SandboxError(.stateFile, "the sandbox state file \(path) is not valid JSON: \(error)")
        }
    }

    /// The state to start with: the saved one, or an empty one when there is no file yet.
    /// When meetings had to be left out, the file is first copied beside itself (the next
    /// save drops them) and the warnings say why and where the copy is.
    func loadForStart(at now: Date) throws(SandboxError) -> (state: SandboxState, warnings: [String]) {
        guard let (state, skipped) = try load() else { return (SandboxState(), []) }
        guard !skipped.isEmpty else { return (state, []) }
        let copy = "\(path).\(Int64(now.timeIntervalSince1970)).bak"
        do {
            try FileManager.default.copyItem(atPath: path, toPath: copy)
        } catch {
            throw SandboxError(
                .stateFile,
                "the sandbox state file \(path) has meetings that cannot be read (\(skipped.joined(separator: "; "))), "
                    + "and it cannot be kept as \(copy): \(error.localizedDescription)")
        }
        let warnings = skipped.map { "sandbox state file \(path): \($0)" }
        return (state, warnings + ["sandbox state file \(path): the file as it was is kept as \(copy)"])
    }

    /// Writes `state` atomically.
    func save(_ state: SandboxState) throws(SandboxError) {
        let bytes = Array((state.json.prettyText + "\n").utf8)
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary =
            (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot create \(temporary)") }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write \(temporary)")
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += result
        }
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let error = failure("cannot flush \(temporary)")
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot rename \(temporary) to \(path)")
            unlink(temporary)
            throw error
        }
    }

    private func failure(_ what: String) -> SandboxError {
        SandboxError(.stateFile, "sandbox state: \(what): \(String(cString: strerror(errno)))")
    }
}
