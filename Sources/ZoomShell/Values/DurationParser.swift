/// Reads durations: meeting lengths in minutes (`45`, `45m`, `1h`, `1h30m`, `90min`, `1.5h`,
/// `1:30`) and waits for `sleep` (`2s`, `500ms`, `1m`, `1.5s`).
///
/// A duration is one or more amounts with units (`1h30m`, `1h 30m`, `2 hours 15 minutes`), each
/// unit at most once; a lone number takes the default unit. Units: `ms`, `s`/`sec`/`second(s)`,
/// `m`/`min`/`minute(s)`, `h`/`hr`/`hour(s)`, `d`/`day(s)`, `w`/`week(s)` — each reader allows
/// only the ones that make sense for it.
public enum DurationParser {
    /// A meeting duration in whole minutes. A lone number is minutes; `h:mm` is hours and
    /// minutes. Allowed units: hours and minutes.
    public static func minutes(_ text: String) throws -> Int {
        let trimmed = text.trimmingBlanks
        if let colon = clockMinutes(trimmed) { return colon }
        let milliseconds = try parse(
            trimmed, defaultUnit: .minute, allowed: [.hour, .minute], what: "a duration", example: "1h30m")
        guard milliseconds % 60000 == 0 else {
            let exact = Double(milliseconds) / 60000
            throw ValueError("'\(trimmed)' is \(exact.shortText) minutes: a meeting duration is whole minutes")
        }
        return Int(milliseconds / 60000)
    }

    /// A wait, to the millisecond. A lone number is seconds. Allowed units: ms, s, m, h.
    public static func interval(_ text: String) throws -> Duration {
        let milliseconds = try parse(
            text.trimmingBlanks, defaultUnit: .second, allowed: [.millisecond, .second, .minute, .hour],
            what: "a wait", example: "2s")
        return .milliseconds(milliseconds)
    }

    /// An offset from now for `in 2h`, in seconds. A unit is required. Allowed: m, h, d, w.
    static func relativeSeconds(_ text: String) throws -> Int {
        Int(
            try parse(
                text.trimmingBlanks, defaultUnit: nil, allowed: [.minute, .hour, .day, .week], what: "an offset",
                example: "2h")
                / 1000)
    }

    enum Unit: Int64, CaseIterable {
        case millisecond = 1
        case second = 1000
        case minute = 60000
        case hour = 3_600_000
        case day = 86_400_000
        case week = 604_800_000

        var spellings: [String] {
            switch self {
            case .millisecond: ["ms", "msec", "msecs", "millisecond", "milliseconds"]
            case .second: ["s", "sec", "secs", "second", "seconds"]
            case .minute: ["m", "min", "mins", "minute", "minutes"]
            case .hour: ["h", "hr", "hrs", "hour", "hours"]
            case .day: ["d", "day", "days"]
            case .week: ["w", "wk", "wks", "week", "weeks"]
            }
        }

        static func named(_ word: String) -> Unit? { allCases.first { $0.spellings.contains(word) } }
    }

    /// `h:mm` → minutes, or nil when the text is not of that form.
    private static func clockMinutes(_ text: String) -> Int? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces[1].count == 2, let hours = Int(pieces[0]), let minutes = Int(pieces[1]),
            pieces[0].allSatisfy(\.isASCIIDigit), hours >= 0, (0...59).contains(minutes), hours < 1000
        else { return nil }
        return hours * 60 + minutes
    }

    /// The total in milliseconds.
    static func parse(
        _ text: String, defaultUnit: Unit?, allowed: [Unit], what: String, example: String
    ) throws -> Int64 {
        let units = allowed.map { $0.spellings[0] }.joined(separator: ", ")
        guard !text.isEmpty else { throw ValueError("\(what) is needed, e.g. \(example)") }
        // Blanks separate amounts and may stand between an amount and its unit (`2 hours`), but
        // never join words: in `2h Europe/Madrid` the unit is `h`, then `Europe/Madrid` is wrong.
        let lower = Array(text.lowercased())
        func isBlank(_ index: Int) -> Bool { index < lower.count && (lower[index] == " " || lower[index] == "\t") }
        var index = 0
        var total: Int64 = 0
        var seen: Set<Unit> = []
        var amounts = 0
        while isBlank(index) { index += 1 }
        while index < lower.count {
            let numberStart = index
            while index < lower.count, lower[index].isASCIIDigit || lower[index] == "." { index += 1 }
            let number = String(lower[numberStart..<index])
            guard !number.isEmpty, let amount = Double(number), number.filter({ $0 == "." }).count <= 1 else {
                let word = String(text.dropFirst(numberStart).prefix { $0 != " " && $0 != "\t" })
                let where_ = amounts == 0 ? "" : "unexpected '\(word)': "
                throw ValueError(
                    "'\(text)' is not \(what): \(where_)expected a number and a unit (\(units)), e.g. \(example)")
            }
            amounts += 1
            while isBlank(index) { index += 1 }
            let unitStart = index
            while index < lower.count, !isBlank(index), !lower[index].isASCIIDigit, lower[index] != "." { index += 1 }
            let unitWord = String(lower[unitStart..<index])
            while isBlank(index) { index += 1 }
            let unit: Unit
            if unitWord.isEmpty {
                guard let defaultUnit, amounts == 1, index == lower.count else {
                    throw ValueError("'\(text)' is not \(what): '\(number)' needs a unit (\(units)), e.g. \(example)")
                }
                unit = defaultUnit
            } else {
                if let named = Unit.named(unitWord), !allowed.contains(named) {
                    throw ValueError(
                        "'\(text)' is not \(what): the unit '\(unitWord)' is not allowed here (units: \(units))")
                }
                guard let named = Unit.named(unitWord) else {
                    let hint = DidYouMean.hint(
                        for: unitWord, among: allowed.flatMap(\.spellings).filter { $0.count > 2 })
                    throw ValueError(
                        "'\(text)' is not \(what): unknown unit '\(unitWord)'"
                            + (hint.isEmpty ? " (units: \(units))" : hint))
                }
                unit = named
            }
            guard seen.insert(unit).inserted else {
                throw ValueError("'\(text)' is not \(what): the unit '\(unit.spellings[0])' is given twice")
            }
            let milliseconds = amount * Double(unit.rawValue)
            guard milliseconds < 1e15 else { throw ValueError("'\(text)' is too long for \(what)") }
            total += Int64(milliseconds.rounded())
        }
        return total
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text without leading and trailing blanks.
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension Double {
    /// Up to two decimals, no trailing zeros (`79.8`).
    var shortText: String {
        let rounded = (self * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int64(rounded)) : "\(rounded)"
    }
}
