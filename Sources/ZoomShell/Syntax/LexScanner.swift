/// The lexer's state machine over the source's Unicode scalars.
struct LexScanner {
    /// A saved position.
    struct Mark {
        var index: Int
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    let scalars: [Unicode.Scalar]
    /// The source as UTF-8, for cutting text out by offset (much faster than gathering scalars).
    let bytes: [UInt8]
    let file: String
    var index = 0
    var offset = 0
    var line = 1
    var lineStart = 0
    var diagnostics: [Diagnostic] = []
    var omittedCount = 0
    /// Whether an incomplete-input problem was found since the last command ended.
    var sawIncomplete = false
    private var lineCache: (start: Int, text: String)?

    init(source: String, file: String) {
        self.scalars = Array(source.unicodeScalars)
        self.bytes = Array(source.utf8)
        self.file = file
    }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(_ distance: Int) -> Unicode.Scalar? {
        index + distance < scalars.count ? scalars[index + distance] : nil
    }

    var mark: Mark { Mark(index: index, offset: offset, line: line, lineStart: lineStart) }

    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.index - mark.lineStart + 1, offset: mark.offset)
    }

    mutating func advance() {
        let scalar = scalars[index]
        index += 1
        offset += UTF8.width(scalar)
        if scalar == "\n" {
            line += 1
            lineStart = index
        }
    }

    /// The text between two marks.
    func text(from start: Mark, to end: Mark) -> String {
        String(decoding: bytes[start.offset..<end.offset], as: UTF8.self)
    }

    mutating func diagnose(_ message: String, at mark: Mark, incomplete: Bool = false) {
        if incomplete { sawIncomplete = true }
        guard diagnostics.count < Lexer.maximumDiagnostics else {
            omittedCount += 1
            return
        }
        diagnostics.append(
            Diagnostic(
                location: location(mark), message: message, sourceLine: lineText(startingAt: mark.lineStart),
                isIncompleteInput: incomplete))
    }

    private mutating func lineText(startingAt start: Int) -> String {
        if let cache = lineCache, cache.start == start { return cache.text }
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        lineCache = (start, text)
        return text
    }

    // MARK: - Character classes

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isDigit(scalar) }

    /// Whether a line break (`\n` or `\r\n`) starts `distance` scalars ahead.
    func lineBreak(at distance: Int) -> Int? {
        if peek(distance) == "\n" { return 1 }
        if peek(distance) == "\r", peek(distance + 1) == "\n" { return 2 }
        return nil
    }

    // MARK: - Commands

    mutating func run() -> [LexedCommand] {
        var commands: [LexedCommand] = []
        var words: [Word] = []
        var first: Mark?
        var last: Mark?
        func finish(_ scanner: inout LexScanner) {
            defer { scanner.sawIncomplete = false }
            guard let start = first, let end = last, !words.isEmpty else { return }
            commands.append(
                LexedCommand(
                    words: words, location: scanner.location(start), text: scanner.text(from: start, to: end),
                    endOffset: end.offset, isIncomplete: scanner.sawIncomplete))
            words = []
            first = nil
            last = nil
        }
        while let scalar = current {
            if scalar == "\n" || scalar == ";" {
                finish(&self)
                advance()
            } else if Self.isBlank(scalar) {
                advance()
            } else if scalar == "\\", let width = lineBreak(at: 1) {
                consumeContinuation(width: width)
            } else if scalar == "#" {
                while let next = current, next != "\n" { advance() }
            } else {
                let start = mark
                let word = lexWord()
                if first == nil { first = start }
                last = mark
                words.append(word)
            }
        }
        finish(&self)
        return commands
    }

    /// Consumes `\` and a line break of `width` scalars; a continuation into nothing is an error.
    mutating func consumeContinuation(width: Int) {
        let start = mark
        for _ in 0...width { advance() }
        if current == nil {
            diagnose(
                "'\\' at the end of the input continues the line, but no line follows", at: start,
                incomplete: true)
        }
    }
}
