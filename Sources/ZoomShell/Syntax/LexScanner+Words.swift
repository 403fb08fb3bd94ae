/// Collects a word's parts, merging adjacent literal text of the same quoting.
struct WordPartsBuilder {
    var parts: [WordPart] = []
    private var pending = String.UnicodeScalarView()
    private var pendingQuoting = Quoting.none
    /// Whether the pending quoted region must yield a part even when empty (`""`).
    private var pendingForced = false

    mutating func append(_ scalar: Unicode.Scalar, _ quoting: Quoting) {
        if quoting != pendingQuoting { flush() }
        pendingQuoting = quoting
        pending.append(scalar)
    }

    mutating func append(_ text: String, _ quoting: Quoting) {
        for scalar in text.unicodeScalars { append(scalar, quoting) }
    }

    /// Starts a quoted region: it yields a part even when it holds nothing.
    mutating func openQuote(_ quoting: Quoting) {
        if quoting != pendingQuoting { flush() }
        pendingQuoting = quoting
        pendingForced = true
    }

    mutating func appendVariable(_ reference: VariableReference, _ quoting: Quoting) {
        if !pending.isEmpty { flush() }
        pendingForced = false
        pendingQuoting = quoting
        parts.append(.variable(reference, quoting))
    }

    mutating func flush() {
        if !pending.isEmpty || (pendingForced && pendingQuoting != .none) {
            parts.append(.literal(String(pending), pendingQuoting))
        }
        pending = String.UnicodeScalarView()
        pendingForced = false
    }
}

extension LexScanner {
    /// Lexes one word starting at the current, non-blank scalar.
    mutating func lexWord() -> Word {
        let start = mark
        var builder = WordPartsBuilder()
        while let scalar = current {
            if scalar == "\n" || scalar == ";" || Self.isBlank(scalar) { break }
            switch scalar {
            case "\\":
                if let width = lineBreak(at: 1) {
                    consumeContinuation(width: width)
                } else if let next = peek(1) {
                    advance()
                    advance()
                    builder.append(next, .none)
                } else {
                    diagnose(
                        "'\\' at the end of the input has nothing to escape or continue", at: mark,
                        incomplete: true)
                    advance()
                }
            case "'":
                lexSingleQuoted(into: &builder)
            case "\"":
                lexDoubleQuoted(into: &builder)
            case "$":
                lexVariable(.none, into: &builder)
            default:
                builder.append(scalar, .none)
                advance()
            }
        }
        builder.flush()
        return Word(
            parts: builder.parts, location: location(start), text: text(from: start, to: mark), endOffset: offset)
    }

    mutating func lexSingleQuoted(into builder: inout WordPartsBuilder) {
        let open = mark
        advance()
        builder.openQuote(.single)
        while let scalar = current, scalar != "'" {
            builder.append(scalar, .single)
            advance()
        }
        if current == nil {
            diagnose("unterminated single quote: the ' here is never closed", at: open, incomplete: true)
        } else {
            advance()
        }
    }

    mutating func lexDoubleQuoted(into builder: inout WordPartsBuilder) {
        let open = mark
        advance()
        builder.openQuote(.double)
        while let scalar = current, scalar != "\"" {
            switch scalar {
            case "\\":
                lexDoubleQuotedEscape(into: &builder)
            case "$":
                lexVariable(.double, into: &builder)
            default:
                builder.append(scalar, .double)
                advance()
            }
        }
        if current == nil {
            diagnose("unterminated double quote: the \" here is never closed", at: open, incomplete: true)
        } else {
            advance()
        }
    }

    private mutating func lexDoubleQuotedEscape(into builder: inout WordPartsBuilder) {
        let escape = mark
        if let width = lineBreak(at: 1) {
            for _ in 0...width { advance() }
            return
        }
        advance()
        guard let next = current else { return }  // the open quote is reported
        let resolved: Unicode.Scalar? =
            switch next {
            case "\"", "\\", "$": next
            case "n": "\n"
            case "t": "\t"
            default: nil
            }
        advance()
        if let resolved {
            builder.append(resolved, .double)
        } else {
            diagnose(
                "unknown escape '\\\(next)' in double quotes: use \\\" \\\\ \\n \\t or \\$ "
                    + "(single quotes keep text as it is)", at: escape)
            builder.append("\\", .double)
            builder.append(next, .double)
        }
    }
}
