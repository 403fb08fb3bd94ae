import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An executable running on a ``PseudoTerminal``, driven like a person at a keyboard.
///
/// - The child is spawned (`posix_spawn`) in its own process group, so a program that re-raises SIGINT
///   to its group (libedit does) never hits the test runner, with no signal blocked and default signal
///   dispositions (a child inherits the mask of the spawning thread, and Swift's concurrency threads block
///   every signal; Foundation's `Process` passes that on). The pty is not the child's controlling
///   terminal: Ctrl-C is delivered with ``interrupt()``, not by typing `\u{3}`.
/// - It gets a minimal environment: `PATH`, `TERM=xterm-256color`, `LANG=C.UTF-8`, a fresh `HOME`
///   with the XDG directories under it, and `ZOOMSH_NO_EDITRC=1` — never the runner's credentials.
/// - Reading and typing are the terminal's (``expect(_:timeout:)`` searches the text without escape
///   sequences; ``send(_:timeout:)`` waits until the terminal has left canonical mode).
/// - The child is killed when the value is closed or released.
///
/// Typical use: `expect("zoomsh> ")`, `send("meetings list\r")`, `expect("…")`, `send("\u{4}")`,
/// `waitForExit()`.
public final class PTYProcess: @unchecked Sendable {
    public typealias Failure = PseudoTerminal.Failure

    /// How the child ended.
    public struct Exit: Equatable, Sendable {
        /// The exit status, or the signal number when `wasSignalled`.
        public let status: Int32
        /// Whether a signal ended the process.
        public let wasSignalled: Bool

        public init(status: Int32, wasSignalled: Bool) {
            self.status = status
            self.wasSignalled = wasSignalled
        }
    }

    /// The terminal the child runs on.
    public let terminal: PseudoTerminal
    /// The child's environment.
    public let environment: [String: String]
    /// The child's process id.
    public let pid: pid_t

    private let homeDirectory: TemporaryDirectory
    private let shared = Shared()
    private let closed = Atomic<Bool>(false)

    /// What the waiting thread shares with the value; it never holds the value itself, so that
    /// releasing it closes it.
    private final class Shared: Sendable {
        let exit = Mutex<Exit?>(nil)
        let exited = DispatchSemaphore(value: 0)
    }

    /// Starts `executable` on a new pseudo-terminal of `columns` × `rows`.
    ///
    /// - Parameter environment: added to (and overriding) the minimal environment.
    public init(
        executable: URL,
        arguments: [String] = [],
        environment extra: [String: String] = [:],
        workingDirectory: URL? = nil,
        columns: Int = 100,
        rows: Int = 30
    ) throws {
        homeDirectory = try TemporaryDirectory(prefix: "pty-home")
        let home = homeDirectory.url
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
        terminal = try PseudoTerminal(columns: columns, rows: rows, expecting: .text)
        do {
            pid = try Self.spawn(
                executable: executable.path, arguments: arguments, environment: environment,
                directory: (workingDirectory ?? home).path, terminal: terminal.secondary)
        } catch {
            terminal.close()
            homeDirectory.remove()
            throw error
        }
        Thread { [shared, pid] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            let signal = status & 0x7F
            let exit =
                signal == 0
                ? Exit(status: (status >> 8) & 0xFF, wasSignalled: false) : Exit(status: signal, wasSignalled: true)
            shared.exit.withLock { $0 = exit }
            shared.exited.signal()
        }.start()
    }

    deinit {
        close()
    }

    /// The temporary home directory (removed on close).
    public var home: URL { homeDirectory.url }

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

    // MARK: - The terminal

    /// Everything the program wrote, escape sequences included.
    public var rawOutput: String { terminal.rawOutput }
    /// Everything the program wrote, without escape sequences, carriage returns and backspaces.
    public var output: String { terminal.output }
    /// What the terminal shows now.
    public var screen: PTYScreen { terminal.screen }
    /// The terminal's local modes (`c_lflag`), as the program set them.
    public var localModes: tcflag_t { terminal.localModes }

    /// See ``PseudoTerminal/expect(_:timeout:)``.
    @discardableResult
    public func expect(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try terminal.expect(text, timeout: timeout)
    }

    /// See ``PseudoTerminal/expectOnScreen(_:timeout:)``.
    @discardableResult
    public func expectOnScreen(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try terminal.expectOnScreen(text, timeout: timeout)
    }

    /// See ``PseudoTerminal/waitForScreen(_:timeout:until:)``.
    @discardableResult
    public func waitForScreen(
        _ what: String, timeout: Duration = .seconds(15), until condition: (PTYScreen) -> Bool
    ) throws -> PTYScreen {
        try terminal.waitForScreen(what, timeout: timeout, until: condition)
    }

    /// See ``PseudoTerminal/expectCurrentLine(_:timeout:)``.
    @discardableResult
    public func expectCurrentLine(_ text: String, timeout: Duration = .seconds(15)) throws -> PTYScreen {
        try terminal.expectCurrentLine(text, timeout: timeout)
    }

    /// See ``PseudoTerminal/listCompletions(prompt:times:)``.
    public func listCompletions(prompt: String, times: Int = 2) throws -> [String] {
        try terminal.listCompletions(prompt: prompt, times: times)
    }

    /// See ``PseudoTerminal/waitForRawMode(timeout:)``.
    public func waitForRawMode(timeout: Duration = .seconds(10)) throws {
        try terminal.waitForRawMode(timeout: timeout)
    }

    /// See ``PseudoTerminal/waitForEchoOff(timeout:)``.
    public func waitForEchoOff(timeout: Duration = .seconds(10)) throws {
        try terminal.waitForEchoOff(timeout: timeout)
    }

    /// See ``PseudoTerminal/send(_:timeout:)``.
    public func send(_ keys: String, timeout: Duration = .seconds(10)) throws {
        try terminal.send(keys, timeout: timeout)
    }

    /// See ``PseudoTerminal/sendImmediately(_:)``.
    public func sendImmediately(_ keys: String) {
        terminal.sendImmediately(keys)
    }

    // MARK: - The child

    /// Sends SIGINT to the program, as Ctrl-C on its terminal would.
    public func interrupt() {
        if isRunning { kill(pid, SIGINT) }
    }

    /// Whether the program still runs.
    public var isRunning: Bool {
        shared.exit.withLock { $0 == nil }
    }

    /// Changes the terminal size and tells the program (SIGWINCH).
    public func resize(columns: Int, rows: Int) {
        terminal.resize(columns: columns, rows: rows)
        if isRunning { kill(pid, SIGWINCH) }
    }

    /// Waits for the program to end.
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(10)) throws -> Exit {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        guard shared.exited.wait(timeout: .now() + seconds) == .success, let exit = shared.exit.withLock({ $0 })
        else {
            throw Failure(message: "timed out after \(timeout) waiting for the program to exit", output: output)
        }
        shared.exited.signal()  // later waits succeed at once
        return exit
    }

    /// Kills the program (and its process group) if it still runs, and releases the terminal and
    /// the temporary home. Called on release too.
    public func close() {
        guard !closed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        if isRunning {
            kill(-pid, SIGKILL)  // the child leads its own process group
            kill(pid, SIGKILL)
            if shared.exited.wait(timeout: .now() + 10) == .success { shared.exited.signal() }
        }
        terminal.close()
        homeDirectory.remove()
    }

    /// Runs `body` (waits that block, like ``expect(_:timeout:)``) on a thread of its own and returns
    /// its result.
    ///
    /// An async test that serves something from this process (an in-process sandbox) must not block
    /// the cooperative pool while it waits: on a machine with two cores two blocked waits starve
    /// the server.
    @discardableResult
    public func offThePool<Value: Sendable>(
        _ body: @escaping @Sendable (PTYProcess) throws -> Value
    ) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body(self) }) }.start()
        }
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
