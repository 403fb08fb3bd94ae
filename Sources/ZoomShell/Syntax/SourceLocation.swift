/// A position in a script: file name, 1-based line and column, and byte offset.
///
/// Columns count Unicode scalars from the start of the line (a tab is one column); `offset`
/// counts UTF-8 bytes from the start of the source, which is also what line editors report
/// as a cursor position.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file name as given to the parser (`<input>`, `-c`, `team.zsh`…).
    public var file: String
    /// The line, starting at 1.
    public var line: Int
    /// The column in Unicode scalars, starting at 1.
    public var column: Int
    /// The UTF-8 byte offset from the start of the source, starting at 0.
    public var offset: Int

    /// A location from its parts.
    public init(file: String, line: Int, column: Int, offset: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `FILE:LINE:COL`.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by offset (locations of one source).
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.offset, lhs.line, lhs.column) < (rhs.offset, rhs.line, rhs.column)
    }
}
