/// A time of day as typed (`10:00`, `10:00:30`, `9:30am`, `3pm`, `noon`), with an optional
/// UTC offset suffix (`Z`, `+02:00`, `-0500`, `+05`).
struct ClockTime: Sendable, Hashable {
    var hour: Int
    var minute: Int
    var second: Int
    /// The offset in seconds east of UTC, when the text carried one.
    var offset: Int?

    static let forms = "write it as HH:MM (24-hour), HH:MM:SS, or 9:30am / 3pm"

    static func parse(_ text: String) throws -> ClockTime {
        var body = text.lowercased()
        var offset: Int?
        if body == "noon" { return ClockTime(hour: 12, minute: 0, second: 0) }
        if body == "midnight" { return ClockTime(hour: 0, minute: 0, second: 0) }
        if body.hasSuffix("z"), body.count > 1 {
            offset = 0
            body.removeLast()
        } else if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }), sign > body.startIndex {
            offset = try Self.offset(String(body[sign...]))
            body = String(body[..<sign])
        }
        var meridiem: String?
        for suffix in ["a.m.", "p.m.", "am", "pm"] where body.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            body.removeLast(suffix.count)
            break
        }
        let pieces = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty }) else {
            throw ValueError("'\(text)' is not a time of day: \(forms)")
        }
        if let dot = pieces.last?.firstIndex(of: "."), pieces.count == 3 {
            let fraction = pieces[2][pieces[2].index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else {
                throw ValueError("'\(text)' is not a time of day: \(forms)")
            }
        }
        let whole = pieces.enumerated().map { index, piece in
            index == 2 ? piece.prefix { $0 != "." } : piece[...]
        }
        guard whole.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
            whole.dropFirst().allSatisfy({ $0.count == 2 })
        else {
            throw ValueError("'\(text)' is not a time of day: \(forms)")
        }
        var hour = Int(whole[0])!
        let minute = whole.count > 1 ? Int(whole[1])! : 0
        let second = whole.count > 2 ? Int(whole[2])! : 0
        if let meridiem {
            guard (1...12).contains(hour) else {
                throw ValueError("'\(text)' is not a time of day: with am/pm the hour is 1 to 12")
            }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        } else {
            guard pieces.count > 1 else {
                throw ValueError(
                    "'\(text)' is not a time of day: write '\(whole[0]):00' or '\(whole[0])am'/'\(whole[0])pm'")
            }
            guard hour <= 23 else { throw ValueError("'\(text)' is not a time of day: the hour must be 0 to 23") }
        }
        guard minute <= 59 else { throw ValueError("'\(text)' is not a time of day: the minutes must be 00 to 59") }
        guard second <= 59 else { throw ValueError("'\(text)' is not a time of day: the seconds must be 00 to 59") }
        return ClockTime(hour: hour, minute: minute, second: second, offset: offset)
    }

    /// `Z` → 0; `+02:00`, `+0200`, `+02`, `-05:30` → seconds east of UTC (at most ±18:00).
    static func offset(_ text: String) throws -> Int {
        if text.uppercased() == "Z" { return 0 }
        let invalid = ValueError("'\(text)' is not a UTC offset: write Z, +02:00, -0500 or +05")
        guard let sign = text.first, sign == "+" || sign == "-" else { throw invalid }
        let digits = text.dropFirst().filter { $0 != ":" }
        let colons = text.filter { $0 == ":" }.count
        guard digits.allSatisfy(\.isASCIIDigit), digits.count == 2 || digits.count == 4, colons <= 1,
            colons == 0
                || (digits.count == 4
                    && text.dropFirst().firstIndex(of: ":") == text.index(text.startIndex, offsetBy: 3))
        else { throw invalid }
        let hours = Int(digits.prefix(2))!
        let minutes = digits.count == 4 ? Int(digits.suffix(2))! : 0
        guard minutes <= 59 else {
            throw ValueError("'\(text)' is not a UTC offset: the minutes must be 00 to 59")
        }
        guard hours * 60 + minutes <= 18 * 60 else {
            throw ValueError("'\(text)' is not a UTC offset: offsets run from -18:00 to +18:00")
        }
        let seconds = (hours * 60 + minutes) * 60
        return sign == "-" ? -seconds : seconds
    }
}
