/// A day of the week in Zoom's numbering (1 = Sunday … 7 = Saturday).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case sunday = 1
    case monday, tuesday, wednesday, thursday, friday, saturday

    /// The full English name in lower case (`monday`).
    public var name: String { Self.fullNames[rawValue - 1] }

    /// The three-letter name (`mon`).
    public var shortName: String { String(name.prefix(3)) }

    /// The full name.
    public var description: String { name }

    /// The weekday named by `word`, any case: full (`monday`), three letters (`mon`) or the
    /// common `tues`, `thur`, `thurs`; nil when it is none.
    public init?(name word: String) {
        let lower = word.lowercased()
        if let index = Self.fullNames.firstIndex(of: lower) {
            self.init(rawValue: index + 1)
        } else if let index = Self.fullNames.firstIndex(where: { $0.hasPrefix(lower) && lower.count >= 3 }),
            lower.count == 3 || ["tues", "thur", "thurs"].contains(lower)
        {
            self.init(rawValue: index + 1)
        } else {
            return nil
        }
    }

    /// Every accepted spelling, for suggestions.
    static var spellings: [String] { fullNames + fullNames.map { String($0.prefix(3)) } }

    static let fullNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
}
