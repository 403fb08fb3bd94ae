import Foundation

/// Checks and resolves IANA time zone names (`Europe/Madrid`), suggesting a near name on a typo.
public enum TimeZoneNames {
    /// Every known identifier (the system's list, plus `UTC` and `GMT`), sorted.
    public static let identifiers: [String] = Set(TimeZone.knownTimeZoneIdentifiers).union(["UTC", "GMT"]).sorted()

    private static let byLowercasedName: [String: String] = Dictionary(
        identifiers.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// The zone called `name` (any case), or nil — without suggestions.
    public static func zone(named name: String) -> TimeZone? {
        guard let identifier = byLowercasedName[name.lowercased()] else { return nil }
        return TimeZone(identifier: identifier)
    }

    /// The time zone called `name`. Case does not matter (`europe/madrid` is `Europe/Madrid`).
    /// Throws a `ValueError` naming a near identifier when there is one ("did you mean").
    public static func resolve(_ name: String) throws -> TimeZone {
        let trimmed = name.trimmingBlanks
        if let zone = zone(named: trimmed) { return zone }
        throw ValueError("unknown time zone '\(trimmed)'" + suggestionHint(for: trimmed, among: identifiers))
    }

    /// `: did you mean 'X'?` for a near identifier (also by its city: `Madird` → `Europe/Madrid`),
    /// or a hint on the form when none is near.
    static func suggestionHint(for name: String, among known: [String]) -> String {
        if let near = DidYouMean.suggestion(for: name, among: known) { return ": did you mean '\(near)'?" }
        let city = name.split(separator: "/").last.map(String.init) ?? name
        let cities = known.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        if let near = DidYouMean.suggestion(for: city, among: cities), let index = cities.firstIndex(of: near) {
            return ": did you mean '\(known[index])'?"
        }
        return " (use an IANA name such as Europe/Madrid, America/New_York or UTC)"
    }
}
