import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a session needs from its line reader.
public struct LineReaderConfiguration: Sendable {
    /// The program name (for `~/.editrc`).
    public var programName: String
    /// The history file of interactive sessions (see ``HistoryLocation/defaultFilePath(application:environment:)``),
    /// or `nil` for a history in memory only. Scripts and pipes never write to it.
    public var historyFilePath: String?
    /// The most history entries kept.
    public var historyLimit: Int
    /// Says whether a line may be recorded in the history.
    public var historyFilter: @Sendable (String) -> Bool
    /// Told when the history file cannot be read or written.
    public var onHistoryError: @Sendable (HistoryFileError) -> Void
    /// Computes Tab completions.
    public var completion: CompletionProvider?
    /// Whether the prompt may be coloured (see ``TerminalStyle/detect(fileDescriptor:environment:)``).
    public var style: TerminalStyle
    /// Whether `~/.editrc` is read (also disabled by `ZOOMSH_NO_EDITRC=1`).
    public var readsEditrc: Bool

    /// Creates a configuration.
    public init(
        programName: String = "zoomsh",
        historyFilePath: String? = nil,
        historyLimit: Int = LineHistory.defaultLimit,
        historyFilter: @escaping @Sendable (String) -> Bool = { _ in true },
        onHistoryError: @escaping @Sendable (HistoryFileError) -> Void = { _ in },
        completion: CompletionProvider? = nil,
        style: TerminalStyle = .plain,
        readsEditrc: Bool = true
    ) {
        self.programName = programName
        self.historyFilePath = historyFilePath
        self.historyLimit = historyLimit
        self.historyFilter = historyFilter
        self.onHistoryError = onHistoryError
        self.completion = completion
        self.style = style
        self.readsEditrc = readsEditrc
    }
}

/// Picks the line reader for the standard streams.
public enum LineReaderFactory {
    /// The kinds of reader.
    public enum Kind: Sendable, Hashable {
        /// libedit (``EditLineReader``).
        case lineEditor
        /// Line by line (``PlainLineReader``), showing prompts at the given destination.
        case plain(PlainLineReader.PromptDestination)
    }

    /// libedit when standard input and output are terminals and `TERM` is set and not `dumb`;
    /// otherwise a plain reader that shows prompts only when the input is a terminal (on standard
    /// output, or on standard error when only that is a terminal).
    public static func kind(
        inputIsTerminal: Bool,
        outputIsTerminal: Bool,
        errorIsTerminal: Bool,
        environment: [String: String]
    ) -> Kind {
        let term = environment["TERM"] ?? ""
        if inputIsTerminal, outputIsTerminal, !term.isEmpty, term != "dumb" { return .lineEditor }
        guard inputIsTerminal else { return .plain(.none) }
        if outputIsTerminal { return .plain(.standardOutput) }
        return .plain(errorIsTerminal ? .standardError : .none)
    }

    /// The reader for this process's standard streams. An interactive session gets the history file;
    /// if libedit cannot start, a plain reader is used instead.
    public static func makeReader(
        configuration: LineReaderConfiguration,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> any LineReader {
        let inputIsTerminal = isatty(0) == 1
        let kind = kind(
            inputIsTerminal: inputIsTerminal, outputIsTerminal: isatty(1) == 1, errorIsTerminal: isatty(2) == 1,
            environment: environment)
        let history = LineHistory(
            filePath: inputIsTerminal ? configuration.historyFilePath : nil,
            limit: configuration.historyLimit,
            filter: configuration.historyFilter,
            onError: configuration.onHistoryError)
        switch kind {
        case .lineEditor:
            let options = EditLineReader.Options(
                programName: configuration.programName, readsEditrc: configuration.readsEditrc)
            if let reader = try? EditLineReader(
                history: history, completion: configuration.completion, style: configuration.style,
                options: options, environment: environment)
            {
                return reader
            }
            return PlainLineReader(promptDestination: .standardOutput, history: history, handlesInterrupts: true)
        case .plain(let destination):
            return PlainLineReader(
                promptDestination: destination, history: history, handlesInterrupts: inputIsTerminal)
        }
    }
}
