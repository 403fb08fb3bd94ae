extension LexScanner {
    static let nameRule =
        "a name is letters, digits and '_', not starting with a digit (all digits: a script argument)"

    /// Lexes a `$…` reference at the current `$`.
    mutating func lexVariable(_ quoting: Quoting, into builder: inout WordPartsBuilder) {
        let start = mark
        advance()
        guard let next = current else {
            diagnose("'$' must be followed by a variable name; write '\\$' for a literal '$'", at: start)
            builder.append("$", quoting)
            return
        }
        if next == "{" {
            lexBracedVariable(start: start, quoting, into: &builder)
        } else if Self.isLetter(next) || Self.isDigit(next) {
            let allDigits = Self.isDigit(next)
            let name = readName()
            if allDigits, name.unicodeScalars.contains(where: Self.isLetter) {
                diagnose(
                    "bad variable name '$\(name)': \(Self.nameRule); write '${\(name.prefix { $0.isNumber })}…' "
                        + "to follow an argument with text", at: start)
            }
            let path = readPath()
            builder.appendVariable(
                VariableReference(name: name, path: path, isBraced: false, location: location(start)), quoting)
        } else if next == "#" || next == "@" || next == "?" {
            advance()
            builder.appendVariable(
                VariableReference(name: String(next), isBraced: false, location: location(start)), quoting)
        } else {
            diagnose(
                "'$' must be followed by a variable name or '{'; write '\\$' for a literal '$'", at: start)
            builder.append("$", quoting)
        }
    }

    private mutating func readName() -> String {
        var view = String.UnicodeScalarView()
        while let scalar = current, Self.isNameCharacter(scalar) {
            view.append(scalar)
            advance()
        }
        return String(view)
    }

    /// `.component` pairs after a name; a `.` not followed by a name character stays text.
    private mutating func readPath() -> [String] {
        var path: [String] = []
        while current == ".", let next = peek(1), Self.isNameCharacter(next) {
            advance()
            path.append(readName())
        }
        return path
    }

    private mutating func lexBracedVariable(start: Mark, _ quoting: Quoting, into builder: inout WordPartsBuilder) {
        advance()
        var content = String.UnicodeScalarView()
        while let scalar = current, scalar != "}", scalar != "\n", scalar != "\"", scalar != "'", scalar != ";",
            scalar != "$", scalar != "{", !Self.isBlank(scalar)
        {
            content.append(scalar)
            advance()
        }
        guard current == "}" else {
            diagnose("'${' without a closing '}'", at: start)
            return
        }
        advance()
        let text = String(content)
        guard let (name, path) = Self.splitBraced(text) else {
            let message =
                text.isEmpty ? "empty variable name in '${}'" : "bad variable name '${\(text)}': \(Self.nameRule)"
            diagnose(message, at: start)
            return
        }
        builder.appendVariable(
            VariableReference(name: name, path: path, isBraced: true, location: location(start)), quoting)
    }

    /// `name.path.0` → name and path, or nil when a piece is not a valid name.
    static func splitBraced(_ text: String) -> (String, [String])? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let name = pieces.first, isValidName(name) || ["#", "@", "?"].contains(name) else { return nil }
        let path = Array(pieces.dropFirst())
        if ["#", "@", "?"].contains(name), !path.isEmpty { return nil }
        guard path.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isNameCharacter) }) else { return nil }
        return (name, path)
    }

    /// Whether `name` is an identifier (`[A-Za-z_][A-Za-z0-9_]*`) or all digits.
    static func isValidName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first else { return false }
        if isDigit(first) { return scalars.allSatisfy(isDigit) }
        return isLetter(first) && scalars.allSatisfy(isNameCharacter)
    }
}
