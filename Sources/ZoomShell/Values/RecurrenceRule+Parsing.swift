import Foundation
import ZoomModels

extension RecurrenceRule {
    /// Parses the mini-syntax. The frequency comes first, then clauses in any order, each once:
    ///
    /// - `every N [days|weeks|months]` — `repeat_interval`
    /// - `on DAYS` (weekly) — weekday names, any case, 3-letter or full, separated by commas,
    ///   blanks or `and`; also `weekdays` (mon–fri) and `weekends`
    /// - `day N` (monthly) — `monthly_day`
    /// - `first|second|third|fourth|last WEEKDAY` (also `1st`…`4th`) (monthly) — `monthly_week`
    ///   and `monthly_week_day`
    /// - `times N` — `end_times`; or `until DATE` — `end_date_time`: `yyyy-mm-dd`, a relative
    ///   day (`+8w`, `next fri`… as `CivilDate.parse(_:timeZone:now:)`, from `now` in
    ///   `timeZone`) or a UTC timestamp (`2027-01-31T23:00:00Z`)
    ///
    /// Examples: `daily`, `daily every 2 times 10`, `weekly on mon,wed until 2027-01-31`,
    /// `weekly every 2 on tue times 6`, `monthly day 15 every 2 until 2027-06-30`,
    /// `monthly last fri`, `monthly 2nd tue`, `monthly first monday times 3`.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date) throws -> RecurrenceRule {
        var reader = RecurrenceReader(text: text, timeZone: timeZone, now: now)
        return try reader.read()
    }
}

/// The grammar of `RecurrenceRule.parse`.
struct RecurrenceReader {
    let text: String
    let timeZone: TimeZone
    let now: Date
    var tokens: [String]
    var index = 0

    static let frequencies = ["daily", "weekly", "monthly"]
    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1,
    ]

    init(text: String, timeZone: TimeZone, now: Date) {
        self.timeZone = timeZone
        self.now = now
        self.text = text.trimmingBlanks
        self.tokens = self.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
    }

    private var current: String? { index < tokens.count ? tokens[index].lowercased() : nil }

    /// The words read so far, for "after '…'" in messages.
    private var readSoFar: String { tokens[..<index].joined(separator: " ") }

    mutating func read() throws -> RecurrenceRule {
        guard let first = current else {
            throw ValueError("a recurrence is needed, e.g. 'weekly on mon,wed' or 'monthly day 15'")
        }
        guard
            let frequency = Self.frequencies.firstIndex(of: first).map({
                MeetingRecurrence.Frequency(rawValue: $0 + 1)!
            })
        else {
            let hint = DidYouMean.hint(for: first, among: Self.frequencies)
            throw ValueError(
                "a recurrence starts with daily, weekly or monthly, got '\(tokens[0])'"
                    + (hint.isEmpty ? "" : hint))
        }
        index += 1
        var rule = RecurrenceRule(frequency: frequency)
        var seen: Set<String> = []
        while let word = current {
            let clause = Self.ordinals[word] != nil ? "ordinal" : word
            if ["every", "on", "day", "times", "until", "ordinal"].contains(clause) {
                guard seen.insert(clause).inserted else {
                    throw ValueError("'\(clause == "ordinal" ? word : clause)' is given twice in '\(text)'")
                }
            }
            switch clause {
            case "every": try readEvery(into: &rule)
            case "on": try readDays(into: &rule)
            case "day": try readMonthDay(into: &rule)
            case "ordinal": try readMonthWeek(into: &rule)
            case "times", "until": try readEnd(into: &rule, seen: seen)
            default: throw unexpected(word, frequency: frequency)
            }
        }
        if rule.monthDay != nil, rule.monthWeek != nil {
            throw ValueError("monthly takes 'day N' or an ordinal weekday ('last fri'), not both")
        }
        if frequency == .weekly, rule.weekdays.isEmpty {
            let rest = tokens.dropFirst().joined(separator: " ")
            throw ValueError(
                "weekly needs its days: 'weekly on mon,wed\(rest.isEmpty ? "" : " " + rest)' "
                    + "(on DAYS: mon…sun, weekdays or weekends)")
        }
        // Zoom's limits per frequency (the field allows 1 to 99 whatever the frequency).
        let maximum = [MeetingRecurrence.Frequency.daily: 99, .weekly: 50, .monthly: 10][frequency]!
        if let interval = rule.interval, interval > maximum {
            throw ValueError("'every \(interval)' is too many for \(frequency.name) recurrence: 1 to \(maximum)")
        }
        return rule
    }

    private func unexpected(_ word: String, frequency: MeetingRecurrence.Frequency) -> ValueError {
        var expected = ["every N"]
        switch frequency {
        case .daily: break
        case .weekly: expected.append("on DAYS")
        case .monthly: expected += ["day N", "first…fourth|last WEEKDAY"]
        }
        expected += ["times N", "until DATE"]
        let candidates =
            ["every", "times", "until"] + (frequency == .weekly ? ["on"] : [])
            + (frequency == .monthly ? ["day"] + Self.ordinals.keys.sorted() : [])
        let suggestion = DidYouMean.suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" }
        return ValueError(
            "unexpected '\(tokens[index])' after '\(readSoFar)': expected "
                + expected.dropLast().joined(separator: ", ") + " or \(expected.last!)" + (suggestion ?? ""))
    }

    /// A whole number after `keyword`.
    private mutating func number(after keyword: String, example: String) throws -> Int {
        index += 1
        guard let word = current else { throw ValueError("'\(keyword)' needs a number, e.g. '\(example)'") }
        guard word.allSatisfy(\.isASCIIDigit), word.count <= 6, let value = Int(word) else {
            throw ValueError("'\(keyword)' needs a whole number, got '\(tokens[index])' (e.g. '\(example)')")
        }
        index += 1
        return value
    }

    private mutating func readEvery(into rule: inout RecurrenceRule) throws {
        rule.interval = try number(after: "every", example: "every 2")
        let unit = ["daily": "day", "weekly": "week", "monthly": "month"][rule.frequency.name]!
        if let word = current, ["day", "days", "week", "weeks", "month", "months"].contains(word),
            !(word == "day" && rule.frequency == .monthly)  // `monthly every 2 day 15`: the day clause
        {
            guard word.hasPrefix(unit) else {
                throw ValueError(
                    "'every \(rule.interval!) \(tokens[index])' does not fit \(rule.frequency.name): use \(unit)s")
            }
            index += 1
        }
    }

    private mutating func readDays(into rule: inout RecurrenceRule) throws {
        guard rule.frequency == .weekly else {
            throw ValueError("'on DAYS' is for weekly recurrence; \(rule.frequency.name) does not take it")
        }
        index += 1
        var days: [Weekday] = []
        while let word = current {
            if word == "and", !days.isEmpty {
                index += 1
                continue
            }
            if word == "weekdays" {
                days += [.monday, .tuesday, .wednesday, .thursday, .friday]
            } else if word == "weekends" {
                days += [.saturday, .sunday]
            } else if let day = Weekday(name: word) {
                days.append(day)
            } else if days.isEmpty || DidYouMean.suggestion(for: word, among: Weekday.spellings) != nil {
                let hint = DidYouMean.hint(for: word, among: Weekday.spellings + ["weekdays", "weekends"])
                throw ValueError(
                    "'on' needs weekday names (mon, tue, wed, thu, fri, sat, sun), got '\(tokens[index])'" + hint)
            } else {
                break
            }
            index += 1
        }
        guard !days.isEmpty else { throw ValueError("'on' needs weekday names, e.g. 'on mon,wed'") }
        rule.weekdays = Array(Set(days)).sorted { $0.rawValue < $1.rawValue }
    }

    private mutating func readMonthDay(into rule: inout RecurrenceRule) throws {
        guard rule.frequency == .monthly else {
            throw ValueError("'day N' is for monthly recurrence; \(rule.frequency.name) does not take it")
        }
        rule.monthDay = try number(after: "day", example: "day 15")
    }

    private mutating func readMonthWeek(into rule: inout RecurrenceRule) throws {
        let word = current!
        guard rule.frequency == .monthly else {
            throw ValueError(
                "'\(tokens[index]) WEEKDAY' is for monthly recurrence; \(rule.frequency.name) does not take it")
        }
        index += 1
        guard let next = current else {
            throw ValueError("'\(word)' needs a weekday, e.g. 'monthly \(word) fri'")
        }
        guard let weekday = Weekday(name: next) else {
            let hint = DidYouMean.hint(for: next, among: Weekday.spellings)
            throw ValueError("'\(word)' needs a weekday (mon…sun), got '\(tokens[index])'" + hint)
        }
        index += 1
        rule.monthWeek = Self.ordinals[word]
        rule.monthWeekday = weekday
    }

    private mutating func readEnd(into rule: inout RecurrenceRule, seen: Set<String>) throws {
        guard !(seen.contains("times") && seen.contains("until")) else {
            throw ValueError("give 'times N' or 'until DATE', not both")
        }
        if current == "times" {
            rule.end = .times(try number(after: "times", example: "times 10"))
            return
        }
        index += 1
        guard let word = current else { throw ValueError("'until' needs a date, e.g. 'until 2027-01-31'") }
        var original = tokens[index]
        index += 1
        if word == "next" || word == "last", index < tokens.count {
            original += " " + tokens[index]
            index += 1
        }
        rule.end = try RecurrenceSyntax.end(original, timeZone: timeZone, now: now)
    }
}
