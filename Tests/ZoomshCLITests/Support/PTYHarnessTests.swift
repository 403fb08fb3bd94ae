import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Self-checks of the pty harness against ordinary programs (the zoomsh binary is tested with it
/// elsewhere).
@Suite struct PTYHarnessTests {
    private let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func echoesAndReadsLikeATerminal() throws {
        let cat = try PTYProcess(executable: URL(fileURLWithPath: "/bin/cat"))
        defer { cat.close() }
        cat.sendImmediately("héllo\n")
        try cat.expect("héllo")  // the terminal's echo
        try cat.expect("héllo")  // cat's copy
        cat.sendImmediately("\u{4}")
        #expect(try cat.waitForExit() == PTYProcess.Exit(status: 0, wasSignalled: false))
    }

    @Test func sendWaitsForRawMode() throws {
        // Like libedit: the prompt is shown before the terminal leaves canonical mode.
        let script = """
            printf 'prompt> '; sleep 0.2; stty -icanon -echo min 1
            c=$(dd bs=1 count=1 2>/dev/null); stty sane; printf '\\ngot %s\\n' "$c"
            """
        let program = try PTYProcess(executable: shell, arguments: ["-c", script])
        defer { program.close() }
        try program.expect("prompt> ")
        try program.send("x")
        try program.expect("got x")
        #expect(try program.waitForExit().status == 0)
    }

    @Test func interruptReachesOnlyTheChild() throws {
        let script = "trap 'echo got-interrupt; exit 7' INT; echo \"ready $$\"; while :; do sleep 0.05; done"
        let program = try PTYProcess(executable: shell, arguments: ["-c", script])
        defer { program.close() }
        try program.expect("ready ")
        #expect(getpgid(program.pid) == program.pid)
        #expect(getpgid(program.pid) != getpgrp())
        program.interrupt()
        try program.expect("got-interrupt")
        #expect(try program.waitForExit() == PTYProcess.Exit(status: 7, wasSignalled: false))
    }

    @Test func theChildBlocksNoSignal() throws {
        // Spawned from a Swift concurrency thread, a child would inherit a mask blocking every signal.
        let program = try PTYProcess(
            executable: shell, arguments: ["-c", "exec grep -E 'SigBlk|SigIgn' /proc/self/status"])
        defer { program.close() }
        try program.expect("SigBlk:\t0000000000000000")
        #expect(try program.waitForExit().status == 0)
        // Nothing ignored but what the C library reserves for itself (signals 32 and 33).
        #expect(
            program.output.contains("SigIgn:\t0000000180000000") || program.output.contains("SigIgn:\t0000000000000000")
        )
    }

    @Test func givesAMinimalPrivateEnvironment() throws {
        let script = "echo \"[$HOME|$TERM|$ZOOMSH_NO_EDITRC|$XDG_STATE_HOME|$EXTRA|$(pwd)]\"; [ -t 0 ] && echo tty"
        let program = try PTYProcess(executable: shell, arguments: ["-c", script], environment: ["EXTRA": "x"])
        defer { program.close() }
        let home = program.home.path
        try program.expect("[\(home)|xterm-256color|1|\(home)/.local/state|x|\(home)]")
        try program.expect("tty")
        #expect(program.environment.keys.allSatisfy { !$0.hasPrefix("ZOOM_") })
        #expect(try program.waitForExit().status == 0)
    }

    @Test func closeKillsARunningProgram() throws {
        let program = try PTYProcess(executable: shell, arguments: ["-c", "echo started; exec sleep 600"])
        try program.expect("started")
        let home = program.home.path
        program.close()
        #expect(!program.isRunning)
        #expect(try program.waitForExit(timeout: .seconds(1)).wasSignalled)
        #expect(!FileManager.default.fileExists(atPath: home))
    }

    @Test func releasingKillsTheProgram() throws {
        var program: PTYProcess? = try PTYProcess(executable: shell, arguments: ["-c", "echo up; exec sleep 600"])
        try program?.expect("up")
        let pid = try #require(program?.pid)
        program = nil
        // Reaped by the harness: the process id no longer exists.
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }

    @Test func waitingTooLongFailsWithTheOutput() throws {
        let program = try PTYProcess(executable: shell, arguments: ["-c", "echo partial; sleep 600"])
        defer { program.close() }
        let failure = try #require(throws: PTYProcess.Failure.self) {
            try program.expect("never", timeout: .milliseconds(200))
        }
        #expect(failure.description.contains("partial"))
    }

    @Test func theScreenFollowsALineEditorsRedraws() {
        var screen = PTYScreen(columns: 20, rows: 4)
        screen.feed("\u{1B}[1;32mdemo>\u{1B}[0m set\r\u{1B}[10Gtings.")
        #expect(screen.currentLine == "demo> settings.")
        screen.feed("\r\n\u{1B}[1;32mdemo>\u{1B}[0m abc\u{8}\u{8}\u{8}X\u{1B}[K")
        #expect(screen.currentLine == "demo> X")
        screen.feed("\r\n日本語 e\u{301}")
        #expect(screen.lines[2] == "日本語 e\u{301}")
        screen.feed("\r\n1\r\n2")  // scrolls
        #expect(screen.lines.first == "demo> X")
        #expect(PTYScreen.strippingControls("\u{1B}]0;title\u{7}a\r\u{1B}[2Kb\u{8}") == "ab")
    }
}
