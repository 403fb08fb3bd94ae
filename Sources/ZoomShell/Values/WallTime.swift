import Foundation
import ZoomModels

/// A wall-clock reading: a day and a time of day, with no zone.
struct WallTime: Sendable, Hashable {
    var day: CivilDate
    var hour: Int
    var minute: Int
    var second: Int

    init(day: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The reading of `instant` on the clocks of `zone` (whole seconds, rounded down).
    init(instant: Date, zone: TimeZone) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        self.init(localSeconds: seconds + zone.secondsFromGMT(for: instant))
    }

    /// The reading `localSeconds` seconds after 1970-01-01 00:00 on the same clock.
    init(localSeconds: Int) {
        let days = localSeconds >= 0 ? localSeconds / 86400 : (localSeconds - 86399) / 86400
        let rest = localSeconds - days * 86400
        self.init(day: CivilDate(dayNumber: days), hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    /// Seconds since 1970-01-01 00:00 on the same clock (the instant if the clock were UTC).
    var localSeconds: Int { day.dayNumber * 86400 + hour * 3600 + minute * 60 + second }

    /// `yyyy-MM-dd HH:mm` (with `:ss` when the seconds are not zero).
    var shortText: String { "\(day) \(clockText(seconds: second != 0))" }

    /// `HH:mm` or `HH:mm:ss`.
    func clockText(seconds: Bool) -> String {
        let base = "\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))"
        return seconds ? base + ":\(CivilDate.pad(second, 2))" : base
    }
}

/// Turns wall-clock readings into instants, daylight-saving changes included.
enum WallClock {
    /// The instant of `wall` in `zone` and a note when the reading happens twice.
    ///
    /// A reading in a spring-forward gap does not exist and is refused, naming the gap; a
    /// reading in a fall-back overlap happens twice and resolves to the first (earlier) instant.
    static func resolve(_ wall: WallTime, in zone: TimeZone) throws -> (instant: Date, note: String?) {
        let local = wall.localSeconds
        var offsets: [Int] = []
        for probe in stride(from: local - 2 * 86400, through: local + 2 * 86400, by: 43200) {
            let offset = zone.secondsFromGMT(for: date(probe))
            if !offsets.contains(offset) { offsets.append(offset) }
        }
        let candidates = offsets.map { local - $0 }.filter { zone.secondsFromGMT(for: date($0)) == local - $0 }
            .sorted()
        let name = zone.identifier
        if candidates.isEmpty {
            let low = local - (offsets.max() ?? 0)
            let high = local - (offsets.min() ?? 0)
            let (from, to) = transition(in: zone, between: low, and: high)
            throw ValueError(
                "\(wall.shortText) does not exist in \(name): that day the clocks jump from "
                    + "\(from.reading.clockText(seconds: false)) to \(to.reading.clockText(seconds: false)) "
                    + "(\(TimeDisplay.offsetText(from.offset)) → \(TimeDisplay.offsetText(to.offset))); "
                    + "pick a time before \(from.reading.clockText(seconds: false)) "
                    + "or from \(to.reading.clockText(seconds: false))")
        }
        guard candidates.count > 1, let first = candidates.first, let last = candidates.last else {
            return (date(candidates[0]), nil)
        }
        let (from, to) = transition(in: zone, between: first, and: last)
        let offset = TimeDisplay.offsetText(zone.secondsFromGMT(for: date(first)))
        let note =
            "\(wall.shortText) happens twice in \(name) (the clocks go back from "
            + "\(from.reading.clockText(seconds: false)) to \(to.reading.clockText(seconds: false))): "
            + "using the first, \(offset)"
        return (date(first), note)
    }

    /// The clock readings just before and at the first offset change in `low…high` (seconds).
    private static func transition(
        in zone: TimeZone, between low: Int, and high: Int
    ) -> (from: (reading: WallTime, offset: Int), to: (reading: WallTime, offset: Int)) {
        let before = zone.secondsFromGMT(for: date(low))
        var low = low
        var high = high
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if zone.secondsFromGMT(for: date(middle)) == before { low = middle } else { high = middle }
        }
        let after = zone.secondsFromGMT(for: date(high))
        return ((WallTime(localSeconds: high + before), before), (WallTime(localSeconds: high + after), after))
    }

    static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
