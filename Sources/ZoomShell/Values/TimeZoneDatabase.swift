import Foundation
import Synchronization

/// Reads zone abbreviations (`CET`, `IST`) from the system's TZif files, which Foundation on
/// Linux does not expose (it says `GMT+1`). See RFC 8536 for the format. Each zone's file is
/// read once a process: a list of 10,000 meetings names its zones 10,000 times.
enum TimeZoneDatabase {
    /// The directories searched: `$TZDIR`, then the usual system places (read once).
    static let directories: [String] = {
        var result: [String] = []
        if let custom = ProcessInfo.processInfo.environment["TZDIR"], !custom.isEmpty { result.append(custom) }
        result += ["/usr/share/zoneinfo", "/var/db/timezone/zoneinfo", "/usr/lib/zoneinfo"]
        return result
    }()

    /// The zones read so far, by identifier; nil for one with no readable file.
    private static let zones = Mutex<[String: TZif?]>([:])

    /// The abbreviation in force at `instant` in the zone `identifier` whose offset then is `offset`.
    static func abbreviation(for instant: Date, identifier: String, offset: Int) -> String? {
        guard let zone = zone(identifier) else { return nil }
        return zone.abbreviation(at: Int(instant.timeIntervalSince1970.rounded(.down)), offset: offset)
    }

    /// The parsed file of the zone `identifier`, read on first use.
    static func zone(_ identifier: String) -> TZif? {
        if let known = zones.withLock({ $0[identifier] }) { return known }
        let zone = read(identifier)
        zones.withLock { $0[identifier] = .some(zone) }
        return zone
    }

    private static func read(_ identifier: String) -> TZif? {
        guard !identifier.contains(".."), !identifier.hasPrefix("/") else { return nil }
        for directory in directories {
            guard let data = FileManager.default.contents(atPath: directory + "/" + identifier) else { continue }
            return TZif(bytes: [UInt8](data))
        }
        return nil
    }
}

/// The parts of a TZif file needed to name the zone at an instant.
struct TZif: Sendable {
    struct LocalType: Sendable {
        var offset: Int
        var isDaylight: Bool
        var name: String
    }

    var transitions: [Int] = []
    var transitionTypes: [Int] = []
    var types: [LocalType] = []
    /// The POSIX TZ footer (`CET-1CEST,M3.5.0,M10.5.0/3`), for instants past the last transition.
    var footer: String?

    /// Parses a TZif file; nil when it is not one.
    init?(bytes: [UInt8]) {
        guard bytes.count >= 44, bytes[0..<4] == [0x54, 0x5A, 0x69, 0x66] else { return nil }
        let version = bytes[4]
        guard let first = Self.header(bytes, at: 0) else { return nil }
        let firstSize =
            first.timeCount * 5 + first.typeCount * 6 + first.charCount + first.leapCount * 8 + first.stdCount
            + first.utCount
        if version >= 0x32 {
            let start = 44 + firstSize
            guard let second = Self.header(bytes, at: start) else { return nil }
            guard read(bytes, header: second, at: start + 44, timeSize: 8) else { return nil }
        } else {
            guard read(bytes, header: first, at: 44, timeSize: 4) else { return nil }
        }
    }

    private typealias Header = (
        utCount: Int, stdCount: Int, leapCount: Int, timeCount: Int, typeCount: Int, charCount: Int
    )

    private static func header(_ bytes: [UInt8], at start: Int) -> Header? {
        guard start + 44 <= bytes.count, bytes[start..<start + 4] == [0x54, 0x5A, 0x69, 0x66] else { return nil }
        let values = (0..<6).map { Int(integer(bytes, at: start + 20 + $0 * 4, size: 4, signed: false)) }
        return (values[0], values[1], values[2], values[3], values[4], values[5])
    }

    private static func integer(_ bytes: [UInt8], at start: Int, size: Int, signed: Bool) -> Int64 {
        var value: UInt64 = 0
        for index in start..<start + size { value = value << 8 | UInt64(bytes[index]) }
        guard signed else { return Int64(bitPattern: value) }
        let shift = UInt64(64 - size * 8)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }

    private mutating func read(_ bytes: [UInt8], header: Header, at start: Int, timeSize: Int) -> Bool {
        let typesStart = start + header.timeCount * (timeSize + 1)
        let charsStart = typesStart + header.typeCount * 6
        let end =
            charsStart + header.charCount + header.leapCount * (timeSize + 4) + header.stdCount + header.utCount
        guard header.typeCount > 0, end <= bytes.count else { return false }
        for index in 0..<header.timeCount {
            transitions.append(Int(Self.integer(bytes, at: start + index * timeSize, size: timeSize, signed: true)))
            transitionTypes.append(Int(bytes[start + header.timeCount * timeSize + index]))
        }
        for index in 0..<header.typeCount {
            let base = typesStart + index * 6
            let nameStart = charsStart + Int(bytes[base + 5])
            var nameEnd = nameStart
            while nameEnd < charsStart + header.charCount, bytes[nameEnd] != 0 { nameEnd += 1 }
            let name = nameStart < nameEnd ? String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self) : ""
            types.append(
                LocalType(
                    offset: Int(Self.integer(bytes, at: base, size: 4, signed: true)), isDaylight: bytes[base + 4] != 0,
                    name: name))
        }
        guard transitionTypes.allSatisfy({ $0 < types.count }) else { return false }
        if timeSize == 8, end < bytes.count, bytes[end] == 0x0A,
            let close = bytes[(end + 1)...].firstIndex(of: 0x0A)
        {
            footer = String(decoding: bytes[(end + 1)..<close], as: UTF8.self)
        }
        return true
    }

    /// The abbreviation in force at `seconds` since 1970 (UTC) when the zone's offset then is
    /// `offset`, or nil when the file disagrees with that offset.
    func abbreviation(at seconds: Int, offset: Int) -> String? {
        if let last = transitions.last, seconds >= last, let footer, let rule = Self.footerRule(footer) {
            if offset == rule.standardOffset { return rule.standard }
            if let daylight = rule.daylight, offset == rule.daylightOffset { return daylight }
            return nil
        }
        var chosen = types[0]
        if transitions.isEmpty, let footer, let rule = Self.footerRule(footer), offset == rule.standardOffset {
            return rule.standard
        }
        if let index = transitions.lastIndex(where: { $0 <= seconds }) { chosen = types[transitionTypes[index]] }
        return chosen.offset == offset ? chosen.name : nil
    }

    /// The names and UTC offsets of a POSIX TZ string (`CET-1CEST,M3.5.0,M10.5.0/3` →
    /// CET at +3600, CEST at +7200). POSIX offsets count west, so their sign is turned.
    static func footerRule(
        _ footer: String
    ) -> (standard: String, standardOffset: Int, daylight: String?, daylightOffset: Int)? {
        var rest = Substring(footer)
        func name() -> String? {
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                let value = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                return value
            }
            let value = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(value.count)
            return value.isEmpty ? nil : String(value)
        }
        func offset() -> Int? {
            let text = rest.prefix { "+-0123456789:".contains($0) }
            rest = rest.dropFirst(text.count)
            guard !text.isEmpty else { return nil }
            let negative = text.first == "-"
            let pieces = text.drop { $0 == "+" || $0 == "-" }.split(separator: ":").map { Int($0) ?? 0 }
            let seconds =
                (pieces.first ?? 0) * 3600 + (pieces.count > 1 ? pieces[1] * 60 : 0)
                + (pieces.count > 2 ? pieces[2] : 0)
            return negative ? seconds : -seconds
        }
        guard let standard = name(), let standardOffset = offset() else { return nil }
        guard let daylight = name() else { return (standard, standardOffset, nil, 0) }
        return (standard, standardOffset, daylight, offset() ?? standardOffset + 3600)
    }
}
