/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum LineInput: Sendable, Hashable {
    /// A line the user entered (or the next line of a script), without its line terminator.
    /// A line recalled from a multi-line history entry may contain `\n`.
    case line(String)
    /// Ctrl-C was pressed while the line was being edited: the partial line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input stream.
    case endOfInput
}

/// Reads the lines of an interactive session or a script.
///
/// A reader owns the terminal while ``readLine(prompt:)`` or ``readSecret(prompt:)`` runs; the two
/// block the calling thread (see ``LineReader/nextLine(prompt:)`` for an `async` variant that waits
/// on a dedicated thread). Only one read may run at a time; concurrent calls wait for each other.
public protocol LineReader: AnyObject, Sendable {
    /// Whether the reader talks to a person at a terminal (prompts are shown, Ctrl-C interrupts a
    /// line) rather than reading a pipe or a file.
    var isInteractive: Bool { get }

    /// Shows `prompt` (when interactive) and reads one line.
    func readLine(prompt: Prompt) -> LineInput

    /// Reads a secret: with echo off on a terminal, never added to the history.
    /// Returns `nil` on Ctrl-C or at the end of the input.
    func readSecret(prompt: String) -> String?

    /// Records a line in the history (in memory and, when the history has a file, on disk at once),
    /// unless the history's filter refuses it, it is blank, or it repeats the previous entry.
    func addHistory(_ line: String)

    /// The history entries, oldest first.
    var historyEntries: [String] { get }

    /// Forgets every history entry, in memory and in the history file.
    func clearHistory()
}
