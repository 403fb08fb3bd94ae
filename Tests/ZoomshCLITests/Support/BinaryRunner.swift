import Foundation
import Synchronization

/// What a finished process left: its exit status and everything it wrote.
struct BinaryRun: Sendable, CustomStringConvertible {
    /// The exit code (or the signal number when `signaled`).
    var status: Int32
    /// Whether a signal ended it.
    var signaled: Bool
    /// Whether it outlived its timeout and was killed.
    var timedOut: Bool
    /// Standard output.
    var stdout: String
    /// Standard error.
    var stderr: String

    /// Both streams together, for "never printed" checks.
    var allOutput: String { stdout + "\n" + stderr }

    var description: String {
        let end = timedOut ? "timed out (killed)" : signaled ? "killed by signal \(status)" : "exit \(status)"
        return "\(end)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}

/// A started process with its output being collected.
final class RunningBinary: Sendable {
    private let process: Process
    /// Standard output so far.
    let stdout: OutputCollector
    /// Standard error so far.
    let stderr: OutputCollector
    private let exit = ExitBox()

    /// Starts `executable` with `arguments` and exactly `environment`; `stdin` is written and
    /// closed (nil = /dev/null, so nothing ever waits on a terminal).
    init(
        executable: URL, arguments: [String], environment: [String: String], stdin: String?,
        workingDirectory: URL?
    ) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        let exit = self.exit
        process.terminationHandler = { finished in
            let signaled = finished.terminationReason == .uncaughtSignal
            exit.value.withLock { $0 = (finished.terminationStatus, signaled) }
        }
        self.process = process
        self.stdout = OutputCollector(output.fileHandleForReading)
        self.stderr = OutputCollector(errors.fileHandleForReading)
        try process.run()
        if let input, let stdin {
            let writer = input.fileHandleForWriting
            Thread {
                try? writer.write(contentsOf: Data(stdin.utf8))
                try? writer.close()
            }.start()
        }
    }

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Whether it has exited.
    var hasExited: Bool { exit.value.withLock { $0 != nil } }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits until it exits and its output is read, killing it after `timeout`.
    func finish(timeout: Duration = .seconds(60)) async -> BinaryRun {
        let deadline = ContinuousClock.now + timeout
        var timedOut = false
        while !(hasExited && stdout.isClosed && stderr.isClosed) {
            if ContinuousClock.now >= deadline, !timedOut {
                timedOut = true
                send(SIGKILL)
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        let (status, signaled) = exit.value.withLock { $0 ?? (-1, false) }
        return BinaryRun(
            status: status, signaled: signaled, timedOut: timedOut, stdout: stdout.text, stderr: stderr.text)
    }

    deinit {
        // A test that failed half-way must not leave a server running.
        if !hasExited { kill(process.processIdentifier, SIGKILL) }
    }
}

/// How a process ended, set from Foundation's termination handler.
private final class ExitBox: Sendable {
    let value = Mutex<(status: Int32, signaled: Bool)?>(nil)
}

/// Runs the built `zoomsh` in a scratch home: its own HOME and XDG directories, no ZOOM_*
/// variables but those a test passes, standard input from /dev/null unless given.
struct BinaryRunner: Sendable {
    /// The executable.
    let zoomsh: URL
    /// The scratch home every run of this runner uses.
    let home: ScratchHome

    /// A runner with a fresh scratch home.
    init() throws {
        zoomsh = try BinaryLocation.zoomsh()
        home = try ScratchHome()
    }

    /// The environment of a run: the scratch home's, then `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        home.environment.merging(extra) { _, new in new }
    }

    /// Starts `zoomsh ARGUMENTS` and returns at once.
    func start(
        _ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil,
        workingDirectory: URL? = nil
    ) throws -> RunningBinary {
        try RunningBinary(
            executable: zoomsh, arguments: arguments, environment: environment(extra), stdin: stdin,
            workingDirectory: workingDirectory ?? home.root)
    }

    /// Runs `zoomsh ARGUMENTS` to its end.
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil,
        workingDirectory: URL? = nil, timeout: Duration = .seconds(60)
    ) async throws -> BinaryRun {
        try await start(arguments, environment: extra, stdin: stdin, workingDirectory: workingDirectory)
            .finish(timeout: timeout)
    }

    /// Runs any executable (a script with a shebang line) in the scratch home's environment.
    func runExecutable(
        _ executable: URL, _ arguments: [String], environment extra: [String: String] = [:],
        timeout: Duration = .seconds(60)
    ) async throws -> BinaryRun {
        try await RunningBinary(
            executable: executable, arguments: arguments, environment: environment(extra), stdin: nil,
            workingDirectory: home.root
        ).finish(timeout: timeout)
    }
}
