import ZoomModels

// The weekday names the shell's language reads (`next monday`, `on mon,wed`, `last fri`).
extension Weekday {
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

    /// The full names, Sunday first.
    static let fullNames = Weekday.allCases.map(\.name)
}
