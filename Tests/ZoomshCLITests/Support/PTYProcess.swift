import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An executable running on a pseudo-terminal, driven like a person at a keyboard.
///
/// - The child is spawned (`posix_spawn`) in its own process group, so a program that re-raises SIGINT
///   to its group (libedit does) never hits the test runner, with no signal blocked and default signal
///   dispositions (a child inherits the mask of the spawning thread, and Swift's concurrency threads block
///   every signal; Foundation's `Process` passes that on). The pty is not the child's controlling
///   terminal: Ctrl-C is delivered with ``interrupt()``, not by typing `\u{3}`.
/// - It gets a minimal environment: `PATH`, `TERM=xterm-256color`, `LANG=C.UTF-8`, a fresh `HOME`
///   with the XDG directories under it, and `ZOOMSH_NO_EDITRC=1` — never the runner's credentials.
/// - ``send(_:timeout:)`` waits until the terminal has left canonical mode: libedit shows its prompt
///   before switching, and keys typed in between can be lost.
/// - The child is killed when the value is closed or released.
///
/// Typical use: `expect("zoomsh> ")`, `send("meetings list\r")`, `expect("…")`, `send("\u{4}")`,
/// `waitForExit()`.
final class PTYProcess: @unchecked Sendable {
    /// A wait that ran out of time, or a launch that failed; shows what the program displayed.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let output: String
        var description: String { "\(message); output so far:\n\(output)" }
    }

    /// How the child ended.
    struct Exit: Equatable, Sendable {
        /// The exit status, or the signal number when `wasSignalled`.
        let status: Int32
        /// Whether a signal ended the process.
        let wasSignalled: Bool
    }

    /// The temporary home directory (removed on close).
    let home: URL
    /// The child's environment.
    let environment: [String: String]
    /// The child's process id.
    let pid: pid_t

    private let primary: Int32
    private let secondary: Int32
    private let columns: Int
    private let rows: Int
    private let shared = Shared()
    private let closed = Atomic<Bool>(false)

    private struct State {
        var bytes: [UInt8] = []
        var consumed = 0  // offset in the stripped text already matched by `expect`
        var exit: Exit?
    }

    /// What the reading and waiting threads share with the value; they never hold the value itself,
    /// so that releasing it closes it.
    private final class Shared: Sendable {
        let state = Mutex(State())
        let stopReading = Atomic<Bool>(false)
        let readerFinished = DispatchSemaphore(value: 0)
        let exited = DispatchSemaphore(value: 0)
    }

    /// Starts `executable` on a new pseudo-terminal of `columns` × `rows`.
    ///
    /// - Parameter environment: added to (and overriding) the minimal environment.
    init(
        executable: URL,
        arguments: [String] = [],
        environment extra: [String: String] = [:],
        workingDirectory: URL? = nil,
        columns: Int = 100,
        rows: Int = 30
    ) throws {
        self.columns = columns
        self.rows = rows
        home = FileManager.default.temporaryDirectory.appendingPathComponent("pty-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "HOME": home.path,
            "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
            "XDG_STATE_HOME": home.appendingPathComponent(".local/state").path,
            "XDG_CACHE_HOME": home.appendingPathComponent(".cache").path,
            "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
            "ZOOMSH_NO_EDITRC": "1",
        ]
        environment.merge(extra) { _, new in new }
        self.environment = environment

        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else {
            try? FileManager.default.removeItem(at: home)
            throw Failure(message: "openpty failed: \(String(cString: strerror(errno)))", output: "")
        }
        _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
        _ = fcntl(secondary, F_SETFD, FD_CLOEXEC)
        self.primary = primary
        self.secondary = secondary

        do {
            pid = try Self.spawn(
                executable: executable.path, arguments: arguments, environment: environment,
                directory: (workingDirectory ?? home).path, terminal: secondary)
        } catch {
            Glibc.close(secondary)
            Glibc.close(primary)
            try? FileManager.default.removeItem(at: home)
            throw error
        }
        Thread { [shared, pid] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            let signal = status & 0x7F
            let exit =
                signal == 0
                ? Exit(status: (status >> 8) & 0xFF, wasSignalled: false) : Exit(status: signal, wasSignalled: true)
            shared.state.withLock { $0.exit = exit }
            shared.exited.signal()
        }.start()
        // Our copy of the secondary side stays open until `close()`: once every copy is closed, Linux may
        // fail reads of the primary side with EIO before the last output of a program that exited was read.
        Thread { [shared, primary] in Self.readLoop(primary: primary, shared: shared) }.start()
    }

    deinit {
        close()
    }

    /// Spawns the child on the terminal: its own process group, no blocked signal, default dispositions,
    /// no inherited descriptor but the terminal as 0, 1 and 2.
    private static func spawn(
        executable: String, arguments: [String], environment: [String: String], directory: String, terminal: Int32
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, terminal, target) }
        guard let addChdir = SpawnExtensions.addChdir, addChdir(&actions, directory) == 0 else {
            throw Failure(message: "posix_spawn_file_actions_addchdir_np is unavailable", output: "")
        }
        if let addCloseFrom = SpawnExtensions.addCloseFrom {
            _ = addCloseFrom(&actions, 3)
        } else {
            let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
                posix_spawn_file_actions_addclose(&actions, descriptor)
            }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [
            SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGCHLD, SIGALRM, SIGUSR1,
            SIGUSR2,
        ] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw Failure(message: "cannot start \(executable): \(String(cString: strerror(result)))", output: "")
        }
        return pid
    }

    // MARK: - Output

    /// Everything the program wrote, escape sequences included.
    var rawOutput: String {
        shared.state.withLock { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// Everything the program wrote, without escape sequences, carriage returns and backspaces.
    var output: String {
        PTYScreen.strippingControls(rawOutput)
    }

    /// What the terminal shows now (a minimal emulation; see ``PTYScreen``).
    var screen: PTYScreen {
        var screen = PTYScreen(columns: columns, rows: rows)
        screen.feed(rawOutput)
        return screen
    }

    /// Waits until `text` appears in ``output`` after what earlier calls matched, and returns the
    /// output from there up to and including `text`.
    @discardableResult
    func expect(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let stripped = output
            let found: String? = shared.state.withLock { state in
                let start = stripped.index(stripped.startIndex, offsetBy: min(state.consumed, stripped.count))
                guard let range = stripped.range(of: text, range: start..<stripped.endIndex) else { return nil }
                state.consumed = stripped.distance(from: stripped.startIndex, to: range.upperBound)
                return String(stripped[start..<range.upperBound])
            }
            if let found { return found }
            guard ContinuousClock.now < deadline else {
                throw Failure(
                    message: "timed out after \(timeout) waiting for \(text.debugDescription)", output: stripped)
            }
            usleep(5_000)
        }
    }

    /// Waits until a line of the ``screen`` contains `text`; returns that line.
    @discardableResult
    func expectOnScreen(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = self.screen
            if let line = screen.lines.first(where: { $0.contains(text) }) { return line }
            guard ContinuousClock.now < deadline else {
                throw Failure(
                    message: "timed out after \(timeout) waiting for \(text.debugDescription) on screen",
                    output: screen.text)
            }
            usleep(5_000)
        }
    }

    private static func readLoop(primary: Int32, shared: Shared) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !shared.stopReading.load(ordering: .sequentiallyConsistent) {
            var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 20) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
            if count > 0 {
                shared.state.withLock { $0.bytes += buffer[0..<count] }
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                break
            }
        }
        shared.readerFinished.signal()
    }

    // MARK: - Input

    /// The terminal's local modes (`c_lflag`), as the program set them.
    var localModes: tcflag_t {
        var modes = termios()
        tcgetattr(primary, &modes)
        return modes.c_lflag
    }

    /// Waits until the program has put the terminal in non-canonical ("raw") mode, as a line editor does.
    func waitForRawMode(timeout: Duration = .seconds(10)) throws {
        try waitForModes("the terminal to leave canonical mode", timeout: timeout) { $0 & tcflag_t(ICANON) == 0 }
    }

    /// Waits until the program has turned echo off, as a secret prompt does.
    func waitForEchoOff(timeout: Duration = .seconds(10)) throws {
        try waitForModes("echo to be turned off", timeout: timeout) { $0 & tcflag_t(ECHO) == 0 }
    }

    private func waitForModes(_ what: String, timeout: Duration, _ condition: (tcflag_t) -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition(localModes) {
            guard ContinuousClock.now < deadline else {
                throw Failure(message: "timed out after \(timeout) waiting for \(what)", output: output)
            }
            usleep(2_000)
        }
    }

    /// Types `keys` once the terminal is in raw mode (e.g. `"meetings list\r"`, `"\t"`, `"\u{1B}[A"`).
    func send(_ keys: String, timeout: Duration = .seconds(10)) throws {
        try waitForRawMode(timeout: timeout)
        sendImmediately(keys)
    }

    /// Types `keys` without waiting (for programs reading in canonical mode).
    func sendImmediately(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(primary, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if errno != EINTR && errno != EAGAIN {
                return
            }
        }
    }

    /// Sends SIGINT to the program, as Ctrl-C on its terminal would.
    func interrupt() {
        if isRunning { kill(pid, SIGINT) }
    }

    /// Whether the program still runs.
    var isRunning: Bool {
        shared.state.withLock { $0.exit == nil }
    }

    /// Changes the terminal size and tells the program (SIGWINCH).
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
        if isRunning { kill(pid, SIGWINCH) }
    }

    // MARK: - Ending

    /// Waits for the program to end.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Exit {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        guard shared.exited.wait(timeout: .now() + seconds) == .success, let exit = shared.state.withLock({ $0.exit })
        else {
            throw Failure(message: "timed out after \(timeout) waiting for the program to exit", output: output)
        }
        shared.exited.signal()  // later waits succeed at once
        return exit
    }

    /// Kills the program (and its process group) if it still runs, and releases the terminal and
    /// the temporary home. Called on release too.
    func close() {
        guard !closed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        if isRunning {
            kill(-pid, SIGKILL)  // the child leads its own process group
            kill(pid, SIGKILL)
            if shared.exited.wait(timeout: .now() + 10) == .success { shared.exited.signal() }
        }
        shared.stopReading.store(true, ordering: .sequentiallyConsistent)
        shared.readerFinished.wait()
        Glibc.close(primary)
        Glibc.close(secondary)
        try? FileManager.default.removeItem(at: home)
    }
}

/// glibc's spawn extensions, looked up at run time (Swift's Glibc module does not declare them).
private enum SpawnExtensions {
    typealias AddChdir =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    static let addChdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np")
    static let addCloseFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")

    private static func symbol<Function>(_ name: String) -> Function? {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(address, to: Function.self)
    }
}
