import Foundation
import TerminalText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A ``LineReader`` without line editing, for pipes, files and dumb terminals: lines are read one by
/// one from a descriptor (standard input by default).
///
/// A last line without a line feed is still a line; a carriage return before the line feed is
/// dropped; a UTF-8 byte order mark at the start is skipped; invalid UTF-8 becomes U+FFFD.
/// When an ``InterruptMonitor`` (or another reader) has taken over Ctrl-C, Ctrl-C makes the read
/// return ``LineInput/interrupted``.
public final class PlainLineReader: LineReader, @unchecked Sendable {
    /// Where the prompt is shown.
    public enum PromptDestination: Sendable, Hashable {
        /// Nowhere (a script or a pipe).
        case none
        /// On a descriptor: standard output for a dumb terminal, standard error when only that is a
        /// terminal.
        case fileDescriptor(Int32)

        /// Standard output.
        public static let standardOutput = PromptDestination.fileDescriptor(1)
        /// Standard error.
        public static let standardError = PromptDestination.fileDescriptor(2)
    }

    /// The history lines are recorded to (in memory by default: scripts stay out of the user's file).
    public let history: LineHistory
    /// Where the prompt is shown.
    public let promptDestination: PromptDestination
    /// Whether the input is a terminal.
    public let isInteractive: Bool

    private let input: InterruptibleInput
    private let handlesInterrupts: Bool
    private let lock = NSLock()
    // Guarded by `lock`.
    private var buffer: [UInt8] = []
    private var bufferStart = 0  // bytes before it were already returned
    private var atEnd = false
    private var atStart = true

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - fileDescriptor: the input (not closed by the reader).
    ///   - promptDestination: where prompts are shown.
    ///   - history: the history; in memory only by default.
    ///   - handlesInterrupts: whether Ctrl-C should interrupt a read rather than end the process
    ///     (installs the SIGINT handler for the reader's lifetime; for a terminal).
    public init(
        fileDescriptor: Int32 = 0,
        promptDestination: PromptDestination = .none,
        history: LineHistory = .inMemory(),
        handlesInterrupts: Bool = false
    ) {
        input = InterruptibleInput(descriptor: fileDescriptor)
        self.promptDestination = promptDestination
        self.history = history
        self.handlesInterrupts = handlesInterrupts
        isInteractive = isatty(fileDescriptor) == 1
        if handlesInterrupts { InterruptSignal.shared.retain() }
    }

    deinit {
        if handlesInterrupts { InterruptSignal.shared.release() }
    }

    /// Shows the prompt's text (never coloured) when prompts are shown, then reads the next line.
    public func readLine(prompt: Prompt) -> LineInput {
        lock.lock()
        defer { lock.unlock() }
        showPrompt(prompt.plainText)
        if let line = nextLine() { return .line(line) }
        // On a terminal, end the line the user was typing (the terminal showed `^C` or nothing).
        if promptDestination != .none { showPrompt("\n") }
        return lastReadInterrupted ? .interrupted : .endOfInput
    }

    /// Reads the next line as a secret: with echo off when the input is a terminal, never recorded.
    public func readSecret(prompt: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if isInteractive, bufferStart == buffer.count {
            guard case .fileDescriptor(let output) = promptDestination else {
                return TerminalSecretInput.read(from: input, output: -1, prompt: "")
            }
            return TerminalSecretInput.read(from: input, output: output, prompt: prompt)
        }
        showPrompt(TextSanitizer.singleLine(prompt))
        return nextLine()
    }

    /// Records `line` in the history (see ``LineHistory/add(_:)``).
    public func addHistory(_ line: String) {
        history.add(line)
    }

    /// The history entries, oldest first.
    public var historyEntries: [String] {
        history.entries
    }

    /// Forgets every history entry.
    public func clearHistory() {
        history.clear()
    }

    // MARK: - Reading

    private var lastReadInterrupted = false

    /// The next line, or `nil` at the end of the input or on an interrupt (`lastReadInterrupted`).
    private func nextLine() -> String? {
        lastReadInterrupted = false
        input.begin()
        defer { input.end() }
        var searchedUpTo = bufferStart
        while true {
            if let newline = buffer[searchedUpTo...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[bufferStart..<newline])
                bufferStart = newline + 1
                if bufferStart >= 65536, bufferStart * 2 >= buffer.count {
                    buffer.removeSubrange(..<bufferStart)
                    bufferStart = 0
                }
                return decode(line)
            }
            searchedUpTo = buffer.count
            if atEnd {
                guard bufferStart < buffer.count else { return nil }
                defer {
                    buffer.removeAll()
                    bufferStart = 0
                }
                return decode(Array(buffer[bufferStart...]))
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { input.readBytes(into: $0.baseAddress!, count: $0.count) }
            guard let count else {
                lastReadInterrupted = true
                return nil
            }
            if count <= 0 {
                atEnd = true
            } else {
                buffer += chunk[0..<count]
            }
        }
    }

    private func decode(_ line: [UInt8]) -> String {
        var line = line[...]
        if atStart {
            atStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        }
        return LineDecoding.string(Array(line))
    }

    private func showPrompt(_ text: String) {
        if case .fileDescriptor(let descriptor) = promptDestination {
            OutputWriter.write(text, to: descriptor)
        }
    }
}
