import CEditLine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A ``LineReader`` for terminals, built on libedit: emacs key bindings, UTF-8 editing, history
/// (with Ctrl-R search), Tab completion, a coloured prompt and Ctrl-C that discards the line.
///
/// `~/.editrc` is read unless ``Options/readsEditrc`` is `false` or `ZOOMSH_NO_EDITRC=1` is set.
public final class EditLineReader: LineReader, @unchecked Sendable {
    /// How the editor is set up.
    public struct Options: Sendable {
        /// The program name libedit matches in `~/.editrc` (`zoomsh:bind ...`).
        public var programName: String
        /// Whether `~/.editrc` is read (also disabled by `ZOOMSH_NO_EDITRC=1`).
        public var readsEditrc: Bool
        /// Whether libedit handles signals while a line is edited (`EL_SIGNAL`): restoring the
        /// terminal on Ctrl-C, Ctrl-Z and termination, and following window size changes.
        public var handlesSignals: Bool
        /// The terminal type, or `nil` for `$TERM`.
        public var terminalType: String?
        /// The terminal's input, output and error descriptors.
        public var inputDescriptor: Int32
        /// See ``inputDescriptor``.
        public var outputDescriptor: Int32
        /// See ``inputDescriptor``.
        public var errorDescriptor: Int32

        /// Creates options; the defaults edit on the standard streams.
        public init(
            programName: String = "zoomsh",
            readsEditrc: Bool = true,
            handlesSignals: Bool = true,
            terminalType: String? = nil,
            inputDescriptor: Int32 = 0,
            outputDescriptor: Int32 = 1,
            errorDescriptor: Int32 = 2
        ) {
            self.programName = programName
            self.readsEditrc = readsEditrc
            self.handlesSignals = handlesSignals
            self.terminalType = terminalType
            self.inputDescriptor = inputDescriptor
            self.outputDescriptor = outputDescriptor
            self.errorDescriptor = errorDescriptor
        }
    }

    /// The history the reader records to and recalls from.
    public let history: LineHistory
    /// Whether the prompt is coloured.
    public let style: TerminalStyle
    /// The options the reader was created with.
    public let options: Options

    let completion: CompletionProvider?
    let editor: OpaquePointer
    let input: InterruptibleInput
    private let libeditHistory: OpaquePointer
    private let streams: UnsafeMutablePointer<UnsafeMutablePointer<FILE>?>
    private let usesStandardStreams: Bool
    private let lock = NSLock()

    // Touched only while `lock` is held (by the reading thread and libedit's callbacks on it).
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    private var syncedGeneration = -1
    var lastReadWasInterrupted = false

    /// Starts libedit on the terminal.
    ///
    /// - Parameters:
    ///   - history: the history (see ``LineHistory``).
    ///   - completion: computes Tab completions; `nil` makes Tab beep.
    ///   - style: whether the prompt may be coloured (see ``TerminalStyle/detect(fileDescriptor:environment:)``).
    ///   - options: the terminal and editor settings.
    ///   - environment: where `ZOOMSH_NO_EDITRC` is looked up.
    public init(
        history: LineHistory,
        completion: CompletionProvider? = nil,
        style: TerminalStyle = .plain,
        options: Options = Options(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LineEditorError) {
        _ = LocaleSetup.isUTF8
        self.history = history
        self.completion = completion
        self.style = style
        self.options = options
        streams = .allocate(capacity: 3)
        streams.initialize(repeating: nil, count: 3)
        usesStandardStreams =
            options.inputDescriptor == 0 && options.outputDescriptor == 1 && options.errorDescriptor == 2
        let created: OpaquePointer?
        if usesStandardStreams {
            created = zoomsh_el_init_std(options.programName)
        } else {
            created = zoomsh_el_init_fds(
                options.programName, options.inputDescriptor, options.outputDescriptor,
                options.errorDescriptor, streams)
        }
        guard let created, let libeditHistory = history_init() else {
            if let created { el_end(created) }
            zoomsh_close_streams(streams)
            streams.deallocate()
            throw LineEditorError(reason: "libedit could not be initialised on this terminal")
        }
        editor = created
        self.libeditHistory = libeditHistory
        input = InterruptibleInput(descriptor: options.inputDescriptor)
        if options.handlesSignals { InterruptSignal.shared.retain() }
        configure(environment: environment)
    }

    deinit {
        el_end(editor)
        history_end(libeditHistory)
        zoomsh_close_streams(streams)
        streams.deallocate()
        free(promptBuffer)
        if options.handlesSignals { InterruptSignal.shared.release() }
    }

    private func configure(environment: [String: String]) {
        if let terminalType = options.terminalType { zoomsh_el_set_terminal(editor, terminalType) }
        zoomsh_el_set_editor(editor, "emacs")
        zoomsh_el_set_signal(editor, options.handlesSignals ? 1 : 0)
        zoomsh_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        zoomsh_el_set_prompt_esc(editor, editLinePromptCallback, CChar(Prompt.editLineMarker.asciiValue!))
        zoomsh_el_set_getcfn(editor, editLineReadCallback)
        zoomsh_history_set_size(libeditHistory, Int32(clamping: history.limit))
        zoomsh_history_set_unique(libeditHistory, 1)
        zoomsh_el_set_hist(editor, libeditHistory)
        zoomsh_el_set_addfn(editor, "zoomsh-complete", "Complete the word at the cursor", editLineCompleteCallback)
        for (key, command) in Self.bindings { zoomsh_el_set_bind(editor, key, command) }
        if options.readsEditrc, environment["ZOOMSH_NO_EDITRC"] != "1" {
            el_source(editor, nil)
        }
    }

    /// Key bindings added to libedit's emacs map (before `~/.editrc`, which may change them).
    static let bindings: [(String, String)] = [
        ("^I", "zoomsh-complete"),
        ("^R", "em-inc-search-prev"),
        ("^W", "ed-delete-prev-word"),
        ("\\e[1;5C", "em-next-word"),  // Ctrl-Right
        ("\\e[1;5D", "ed-prev-word"),  // Ctrl-Left
        ("\\e[1;3C", "em-next-word"),  // Alt-Right
        ("\\e[1;3D", "ed-prev-word"),  // Alt-Left
        ("\\e[3~", "ed-delete-next-char"),  // Delete
        ("\\e[H", "ed-move-to-beg"),  // Home
        ("\\e[F", "ed-move-to-end"),  // End
    ]

    // MARK: - LineReader

    /// Always `true`: the reader edits on a terminal.
    public var isInteractive: Bool { true }

    /// Edits one line after `prompt`. Returns the line without its line feed.
    public func readLine(prompt: Prompt) -> LineInput {
        lock.lock()
        defer { lock.unlock() }
        setPrompt(prompt.editLineText(usesColor: style.usesColor))
        synchronizeHistory()
        lastReadWasInterrupted = false
        input.begin()
        defer { input.end() }
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            if lastReadWasInterrupted {
                writeOutput("^C\n")
                return .interrupted
            }
            writeOutput("\n")
            return .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Reads a secret with echo off; it never reaches the history.
    public func readSecret(prompt: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        flushStandardOutput()
        return TerminalSecretInput.read(from: input, output: options.outputDescriptor, prompt: prompt)
    }

    /// Records `line` in the history (see ``LineHistory/add(_:)``).
    public func addHistory(_ line: String) {
        guard let entry = history.add(line) else { return }
        // Keep libedit's copy in step now when no read is running; otherwise the next read reloads it.
        guard lock.try() else { return }
        defer { lock.unlock() }
        if history.generation == syncedGeneration + 1 {
            zoomsh_history_enter(libeditHistory, entry)
            syncedGeneration += 1
        }
    }

    /// The history entries, oldest first.
    public var historyEntries: [String] {
        history.entries
    }

    /// Forgets every history entry.
    public func clearHistory() {
        history.clear()
    }

    // MARK: - Helpers

    /// The reader behind a libedit callback's editor.
    static func reader(of editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let data = zoomsh_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    var currentPrompt: UnsafeMutablePointer<CChar>? {
        promptBuffer
    }

    private func setPrompt(_ text: String) {
        free(promptBuffer)
        promptBuffer = strdup(text)
    }

    /// Reloads libedit's history when the ``LineHistory`` changed behind its back.
    private func synchronizeHistory() {
        let snapshot = history.snapshot
        guard snapshot.generation != syncedGeneration else { return }
        zoomsh_history_clear(libeditHistory)
        for entry in snapshot.entries { zoomsh_history_enter(libeditHistory, entry) }
        syncedGeneration = snapshot.generation
    }

    func writeOutput(_ text: String) {
        flushStandardOutput()
        OutputWriter.write(text, to: options.outputDescriptor)
    }

    private func flushStandardOutput() {
        if usesStandardStreams { zoomsh_flush_stdout() }
    }
}
