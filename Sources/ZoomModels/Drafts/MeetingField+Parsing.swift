import Foundation

extension MeetingField {
    /// Parses a value typed by a person (`set FIELD VALUE`) into the JSON value Zoom expects.
    ///
    /// Booleans take `on/off/true/false/yes/no`; integers a whole number (for `duration` also
    /// `45m`, `1h30m`, `2h`); enums a name or a value (`recurring-fixed` or `8`); weekday lists
    /// `mon,wed` or `2,4`; string arrays a comma list or a JSON array; objects and arrays of
    /// objects a JSON literal; date-times `yyyy-MM-ddTHH:mm:ss` with an optional `Z`. The value
    /// is then checked against the field's limits. Errors name the field, the value and what is allowed.
    /// Nested keys of objects are looked up in `catalog`.
    public func parseValue(_ text: String, catalog: MeetingFieldCatalog = .standard) throws(MeetingFieldError)
        -> JSONValue
    {
        let trimmed = text.trimmingWhitespace()
        let value: JSONValue
        switch kind {
        case .boolean: value = try parseBoolean(trimmed)
        case .integer: value = .int(try isDuration ? parseMinutes(trimmed) : parseInteger(trimmed))
        case .number:
            guard let number = Double(trimmed), number.isFinite else {
                throw .invalid(self, text, "'\(trimmed)' is not a number")
            }
            value = .double(number)
        case .string: value = .string(text)
        case .dateTime: value = .string(trimmed)
        case .integerEnum, .stringEnum: value = try parseEnum(trimmed)
        case .stringArray: value = try parseStringArray(trimmed)
        case .objectArray, .object: value = try parseJSON(trimmed)
        }
        if let issue = MeetingValidator(catalog: catalog).check(value, for: self, at: path, operation: nil).first {
            throw MeetingFieldError(
                kind: .invalidValue, path: path, value: text, allowed: enumNames, message: issue.pathMessage)
        }
        return value
    }

    private func parseBoolean(_ text: String) throws(MeetingFieldError) -> JSONValue {
        guard let value = BooleanWords.value(of: text) else {
            throw .invalid(
                self, text, "'\(text)' is not a boolean: use on, off, true, false, yes or no",
                allowed: BooleanWords.all)
        }
        return .bool(value)
    }

    private func parseInteger(_ text: String) throws(MeetingFieldError) -> Int64 {
        guard let number = Int64(text) else { throw .invalid(self, text, "'\(text)' is not a whole number") }
        return number
    }

    /// Minutes from `45`, `45m`, `45min`, `1h30m`, `2h`, `1h 30m`, `90 minutes`.
    private func parseMinutes(_ text: String) throws(MeetingFieldError) -> Int64 {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        if let minutes = Int64(compact) { return minutes }
        let units: [(String, Int64)] = [
            ("hours", 60), ("hour", 60), ("hrs", 60), ("hr", 60), ("h", 60),
            ("minutes", 1), ("minute", 1), ("mins", 1), ("min", 1), ("m", 1),
        ]
        var total: Int64 = 0
        var rest = Substring(compact)
        var lastUnitSize: Int64 = .max
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            guard let amount = Int64(digits),
                let unit = units.first(where: { rest.hasPrefix($0.0) }), unit.1 < lastUnitSize
            else {
                throw .invalid(self, text, "'\(text)' is not a duration: use minutes (45), 45m, 1h30m or 2h")
            }
            rest = rest.dropFirst(unit.0.count)
            lastUnitSize = unit.1
            let (product, overflow) = amount.multipliedReportingOverflow(by: unit.1)
            guard !overflow else { throw .invalid(self, text, "'\(text)' is too long a duration") }
            total += product
        }
        guard compact.isEmpty == false else {
            throw .invalid(self, text, "'\(text)' is not a duration: use minutes (45), 45m, 1h30m or 2h")
        }
        return total
    }

    private func parseEnum(_ text: String) throws(MeetingFieldError) -> JSONValue {
        if let separator = listSeparator {
            var numbers: [String] = []
            for part in text.split(separator: Character(separator)).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let match = enumValue(named: part) else {
                    throw .invalid(
                        self, text, "'\(part)' is not one of \(listChoicesText)", allowed: enumNames)
                }
                let number = match.value.plainText
                if !numbers.contains(number) { numbers.append(number) }
            }
            guard !numbers.isEmpty else {
                throw .invalid(self, text, "'\(text)' names no value: use \(listChoicesText)", allowed: enumNames)
            }
            let sorted = numbers.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
            return .string(sorted.joined(separator: separator))
        }
        guard let match = enumValue(named: text) else {
            throw .invalid(self, text, "'\(text)' is not one of \(allowedValuesText)", allowed: enumNames)
        }
        return match.value
    }

    /// `1 (sunday) … 7 (saturday)` style text for list enums.
    private var listChoicesText: String {
        let choices = enumValues.map { "\($0.value.plainText) (\($0.names.dropFirst().first ?? $0.displayName))" }
        return choices.joined(separator: ", ") + ", comma-separated"
    }

    /// `US DE`, `US,DE`, `US, DE`, a JSON array, or `[US,DE]` (a list in brackets, unquoted).
    private func parseStringArray(_ text: String) throws(MeetingFieldError) -> JSONValue {
        var list = Substring(text)
        if text.hasPrefix("[") {
            if let value = try? JSONValue(parsing: text) { return value }
            guard text.hasSuffix("]"), !text.contains("\"") else { return try parseJSON(text) }
            list = list.dropFirst().dropLast()
        }
        let items = list.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        return .array(items.map(JSONValue.string))
    }

    /// An example value for messages, shaped like the field (`[{"field":"FIELD","value":"VALUE"}]`).
    var exampleText: String {
        switch kind {
        case .object: return "{\"enable\":true}"
        case .stringArray:
            return summary.lowercased().contains("countr") ? "US,DE" : "a@example.com,b@example.com"
        case .objectArray:
            let keys = (requiredKeys + itemFields.map(\.path)).reduce(into: [String]()) { keys, key in
                if !keys.contains(key), keys.count < 2 { keys.append(key) }
            }
            let pairs = keys.map { key in
                let item = itemField(key)
                let sample = item?.format == "email" ? "a@example.com" : key.uppercased()
                return item?.kind == .boolean ? "\"\(key)\":true" : "\"\(key)\":\"\(sample)\""
            }
            return "[{" + pairs.joined(separator: ",") + "}]"
        default: return ""
        }
    }

    private func parseJSON(_ text: String) throws(MeetingFieldError) -> JSONValue {
        let example = exampleText
        do {
            return try JSONValue(parsing: text)
        } catch {
            throw .invalid(
                self, text, "'\(text)' is not a JSON \(kind.rawValue) (\(error.description)); e.g. '\(example)'")
        }
    }
}
