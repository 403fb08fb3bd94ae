import Foundation

/// Checks and resolves IANA time zone names (`Europe/Madrid`), suggesting a near name on a typo.
public enum TimeZoneNames {
    /// Every known identifier (the system's list, plus `UTC` and `GMT`), sorted.
    public static let identifiers: [String] = Set(TimeZone.knownTimeZoneIdentifiers).union(["UTC", "GMT"]).sorted()

    private static let byLowercasedName: [String: String] = Dictionary(
        identifiers.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    private static let prepared: [(String, [Unicode.Scalar])] = identifiers.map {
        ($0, Array($0.lowercased().unicodeScalars))
    }
    /// The last part of each identifier (`Madrid`), with the identifier.
    private static let preparedCities: [(String, [Unicode.Scalar])] = identifiers.map {
        ($0, Array(($0.split(separator: "/").last.map(String.init) ?? $0).lowercased().unicodeScalars))
    }

    /// The zone called `name` (any case), or nil — without suggestions. Names the system knows
    /// but does not list (`Asia/Kolkata` on some systems) are found by their usual spelling.
    public static func zone(named name: String) -> TimeZone? {
        if let zone = TimeZone(identifier: name), !name.isEmpty { return zone }
        if let identifier = byLowercasedName[name.lowercased()] { return TimeZone(identifier: identifier) }
        return TimeZone(identifier: usualSpelling(name))
    }

    /// `asia/kolkata` → `Asia/Kolkata`, `america/port-au-prince` → `America/Port-Au-Prince`:
    /// each word capitalized (the IANA convention for most names).
    static func usualSpelling(_ name: String) -> String {
        var result = ""
        var startOfWord = true
        for character in name.lowercased() {
            result.append(startOfWord ? Character(character.uppercased()) : character)
            startOfWord = character == "/" || character == "_" || character == "-"
        }
        return result
    }

    /// The time zone called `name`. Case does not matter (`europe/madrid` is `Europe/Madrid`).
    /// Throws a `ValueError` naming a near identifier when there is one ("did you mean").
    public static func resolve(_ name: String) throws -> TimeZone {
        let trimmed = name.trimmingBlanks
        if let zone = zone(named: trimmed) { return zone }
        throw ValueError("unknown time zone '\(trimmed)'" + suggestionHint(for: trimmed))
    }

    /// `: did you mean 'X'?` for a near identifier (also by its city: `Madird` → `Europe/Madrid`),
    /// or a hint on the form when none is near.
    static func suggestionHint(for name: String) -> String {
        if let near = DidYouMean.suggestion(for: name, amongPrepared: prepared) { return ": did you mean '\(near)'?" }
        let city = name.split(separator: "/").last.map(String.init) ?? name
        if let near = DidYouMean.suggestion(for: city, amongPrepared: preparedCities) {
            return ": did you mean '\(near)'?"
        }
        return " (use an IANA name such as Europe/Madrid, America/New_York or UTC)"
    }
}
