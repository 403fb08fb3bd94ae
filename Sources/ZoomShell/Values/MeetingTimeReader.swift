import Foundation
import ZoomModels

/// The grammar of `MeetingTime.parse`.
struct MeetingTimeReader {
    let text: String
    var zone: TimeZone
    let now: Date
    var words: [String]
    var zoneWasGiven = false
    /// A fixed UTC offset in seconds from `Z`, `+02:00`, `UTC`…
    var fixedOffset: Int?

    static let examples = "e.g. 2026-12-01 10:00, 2026-12-01T10:00:00Z, tomorrow 09:30, next monday 10:00, in 2h"
    static let keywords =
        ["now", "today", "tomorrow", "next", "in", "at", "noon", "midnight", "am", "pm"] + Weekday.fullNames

    init(text: String, zone: TimeZone, now: Date) {
        self.text = text.trimmingBlanks
        self.zone = zone
        self.now = now
        self.words = self.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    mutating func read() throws -> MeetingTime {
        guard let first = words.first?.lowercased() else {
            throw ValueError("a time is needed, \(Self.examples)")
        }
        // A trailing zone first, so that `in 2h Europe/Madrid` reads the zone, not a unit.
        try readTrailingZone()
        if first == "now" {
            guard words.count == 1 else { throw unexpected(words[1]) }
            return MeetingTime(
                instant: Self.minuteFloor(now), isUTC: fixedOffset != nil, timeZone: zone, zoneWasGiven: zoneWasGiven)
        }
        if first == "in" {
            guard words.count > 1 else { throw ValueError("'in' needs an amount of time, e.g. 'in 2h' or 'in 90m'") }
            let seconds = try DurationParser.relativeSeconds(words.dropFirst().joined(separator: " "))
            return MeetingTime(
                instant: Self.minuteFloor(now.addingTimeInterval(TimeInterval(seconds))), isUTC: fixedOffset != nil,
                timeZone: zone, zoneWasGiven: zoneWasGiven)
        }
        // `at` is a filler word: `tomorrow at 10:00`, `next monday at 9` (a bare hour after `at`).
        let hadAt = words.contains { $0.lowercased() == "at" }
        words.removeAll { $0.lowercased() == "at" }
        guard !words.isEmpty else { throw ValueError("'\(text)' needs a time of day, e.g. 'at 10:00'") }
        let (day, clockText) = try splitDayAndClock()
        var clock = clockText
        if hadAt, (1...2).contains(clock.count), clock.allSatisfy(\.isASCIIDigit) { clock += ":00" }
        var time = try ClockTime.parse(clock)
        if let offset = time.offset {
            guard fixedOffset == nil, !zoneWasGiven else {
                throw ValueError("'\(text)' gives both an offset and a time zone: give one of them")
            }
            fixedOffset = offset
            time.offset = nil
        }
        let clockZone = fixedOffset.map { TimeZone(secondsFromGMT: $0) ?? zone } ?? zone
        let nowWall = WallTime(instant: now, zone: clockZone)
        let resolvedDay = try resolveDay(day, clock: time, today: nowWall)
        let wall = WallTime(day: resolvedDay, hour: time.hour, minute: time.minute, second: time.second)
        if let fixedOffset {
            let seconds = wall.localSeconds - fixedOffset
            return MeetingTime(
                instant: WallClock.date(seconds), isUTC: true, timeZone: zone, zoneWasGiven: zoneWasGiven)
        }
        let (instant, note) = try WallClock.resolve(wall, in: zone)
        return MeetingTime(instant: instant, isUTC: false, timeZone: zone, zoneWasGiven: zoneWasGiven, note: note)
    }

    /// Takes a trailing zone or offset word (`Europe/Madrid`, `UTC`, `Z`, `+02:00`).
    private mutating func readTrailingZone() throws {
        guard words.count > 1, let last = words.last else { return }
        let upper = last.uppercased()
        if upper == "Z" || upper == "UTC" || upper == "GMT" {
            fixedOffset = 0
        } else if let first = last.first, first == "+" || first == "-" {
            fixedOffset = try ClockTime.offset(last)
        } else if last.contains("/") {
            zone = try TimeZoneNames.resolve(last)
            zoneWasGiven = true
        } else if last.first?.isLetter == true, !Self.keywords.contains(last.lowercased()),
            !last.lowercased().hasSuffix("am"), !last.lowercased().hasSuffix("pm"), Weekday(name: last) == nil
        {
            if let resolved = TimeZoneNames.zone(named: last) {
                zone = resolved
                zoneWasGiven = true
            } else if let refusal = TimeZoneNames.refusal(for: last, namedOnly: true) {
                throw refusal
            } else {
                return
            }
        } else {
            return
        }
        words.removeLast()
    }

    enum Day {
        case date(CivilDate)
        case today
        case tomorrow
        case coming(Weekday)
        case next(Weekday)
        case unspecified
    }

    /// Splits the words into the day part and the clock text.
    private mutating func splitDayAndClock() throws -> (Day, String) {
        let first = words[0]
        let lower = first.lowercased()
        if words.count == 1, let separator = first.firstIndex(where: { $0 == "T" || $0 == "t" }),
            first.first?.isASCIIDigit == true
        {
            let day = try CivilDate.parse(String(first[..<separator]))
            let clock = String(first[first.index(after: separator)...])
            guard !clock.isEmpty else { throw ValueError("'\(first)' has no time after 'T', e.g. \(day)T10:00") }
            return (.date(day), clock)
        }
        var day: Day
        var rest = Array(words.dropFirst())
        if first.first?.isASCIIDigit == true, first.contains("-"), !first.contains(":") {
            day = .date(try CivilDate.parse(first))
        } else if lower == "today" {
            day = .today
        } else if lower == "tomorrow" {
            day = .tomorrow
        } else if lower == "next" {
            guard let second = rest.first, let weekday = Weekday(name: second) else {
                let got = rest.first.map { "'\($0)'" } ?? "nothing"
                let hint = rest.first.map { DidYouMean.hint(for: $0, among: Weekday.spellings) } ?? ""
                throw ValueError("'next' must be followed by a weekday (e.g. 'next monday 10:00'), got \(got)\(hint)")
            }
            day = .next(weekday)
            rest.removeFirst()
        } else if let weekday = Weekday(name: first) {
            day = .coming(weekday)
        } else if first.first?.isASCIIDigit == true || ["noon", "midnight"].contains(lower) {
            day = .unspecified
            rest = words
        } else {
            let hint = DidYouMean.hint(for: lower, among: Self.keywords + Weekday.spellings)
            throw ValueError("'\(first)' is not a time" + (hint.isEmpty ? ": \(Self.examples)" : hint))
        }
        guard !rest.isEmpty else {
            if case .date(let date) = day {
                throw ValueError("'\(text)' needs a time of day, e.g. '\(date) 10:00'")
            }
            throw ValueError("'\(text)' needs a time of day, e.g. '\(text) 10:00'")
        }
        guard rest.count <= 2 else { throw unexpected(rest[2]) }
        if rest.count == 2 {
            let suffix = rest[1].lowercased()
            guard ["am", "pm", "a.m.", "p.m."].contains(suffix) || rest[1].first == "+" || rest[1].first == "-" else {
                throw unexpected(rest[1])
            }
        }
        return (day, rest.joined())
    }

    private func resolveDay(_ day: Day, clock: ClockTime, today: WallTime) throws -> CivilDate {
        let todayDay = today.day
        let clockSeconds = clock.hour * 3600 + clock.minute * 60 + clock.second
        let nowSeconds = today.hour * 3600 + today.minute * 60 + today.second
        switch day {
        case .date(let date): return date
        case .today: return todayDay
        case .tomorrow: return todayDay.adding(days: 1)
        case .unspecified: return clockSeconds > nowSeconds ? todayDay : todayDay.adding(days: 1)
        case .coming(let weekday):
            var ahead = (weekday.rawValue - todayDay.weekday.rawValue + 7) % 7
            if ahead == 0, clockSeconds <= nowSeconds { ahead = 7 }
            return todayDay.adding(days: ahead)
        case .next(let weekday):
            let ahead = (weekday.rawValue - todayDay.weekday.rawValue + 7) % 7
            return todayDay.adding(days: ahead == 0 ? 7 : ahead)
        }
    }

    private func unexpected(_ word: String) -> ValueError {
        ValueError("unexpected '\(word)' in the time '\(text)': \(Self.examples)")
    }

    static func minuteFloor(_ date: Date) -> Date {
        let seconds = date.timeIntervalSince1970
        return Date(timeIntervalSince1970: (seconds / 60).rounded(.down) * 60)
    }
}
