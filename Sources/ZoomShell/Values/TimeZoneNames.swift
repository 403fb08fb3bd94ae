import Foundation

/// Checks and resolves IANA time zone names (`Europe/Madrid`), suggesting a near name on a typo.
///
/// Only IANA identifiers (`Area/Location`, any case) and `UTC`, `GMT` and `Z` are zones here:
/// abbreviations (`PST`, `BST`) and offsets (`GMT+2`) are refused with the IANA names to use,
/// although Foundation reads them (as fixed offsets, `BST` as Dhaka's).
public enum TimeZoneNames {
    /// Every known identifier (the system's list and the names of its zoneinfo files, plus
    /// `UTC` and `GMT`), sorted.
    public static let identifiers: [String] = Set(TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") })
        .union(zoneInfoNames()).union(["UTC", "GMT"]).sorted()

    private static let byLowercasedName: [String: String] = Dictionary(
        identifiers.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    private static let prepared: [(String, [Unicode.Scalar])] = identifiers.map {
        ($0, Array($0.lowercased().unicodeScalars))
    }
    /// The last part of each identifier (`Madrid`), with the identifier.
    private static let preparedCities: [(String, [Unicode.Scalar])] = identifiers.map {
        ($0, Array(($0.split(separator: "/").last.map(String.init) ?? $0).lowercased().unicodeScalars))
    }

    /// Names that all mean UTC; they are sent as `UTC`.
    static let utcNames: Set<String> = ["utc", "z", "etc/utc", "etc/uct", "etc/universal", "etc/zulu"]

    /// The canonical spelling of an IANA name (any case), `UTC` for `UTC`/`Z`/`Etc/UTC`, `GMT`
    /// for `GMT`; nil for anything else (abbreviations and offsets included).
    public static func canonicalName(_ name: String) -> String? {
        let lower = name.trimmingBlanks.lowercased()
        if utcNames.contains(lower) { return "UTC" }
        if lower == "gmt" { return "GMT" }
        guard lower.contains("/"), !lower.hasPrefix("/"), !lower.contains("..") else { return nil }
        // A name already spelled as the system spells it needs no table (building it reads the
        // zoneinfo directory, which `whoami` and every Zoom user's zone would otherwise pay for).
        let trimmed = name.trimmingBlanks
        if trimmed.first?.isUppercase == true, TimeZone(identifier: trimmed)?.identifier == trimmed { return trimmed }
        if let identifier = byLowercasedName[lower], TimeZone(identifier: identifier) != nil { return identifier }
        // Names the system reads but does not list (`Asia/Kolkata` on some systems).
        let spelled = usualSpelling(lower)
        guard let zone = TimeZone(identifier: spelled), zone.identifier == spelled else { return nil }
        return spelled
    }

    /// The zone called `name` (see `canonicalName(_:)`), or nil — without suggestions.
    public static func zone(named name: String) -> TimeZone? {
        canonicalName(name).flatMap { TimeZone(identifier: $0) }
    }

    /// The name to send as `timezone` for a zone: its identifier, `UTC` for the zones that are
    /// UTC by another name (Foundation on Linux calls UTC `GMT`).
    public static func zoomName(of zone: TimeZone) -> String {
        TimeDisplay.isUTC(zone) ? "UTC" : zone.identifier
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
    /// Throws a `ValueError` naming a near identifier when there is one ("did you mean"), and
    /// the IANA names to use for an abbreviation (`BST`) or an offset (`GMT+2`).
    public static func resolve(_ name: String) throws -> TimeZone {
        try resolveName(name).zone
    }

    /// The canonical name and the zone called `name`; see `resolve(_:)`.
    public static func resolveName(_ name: String) throws -> (name: String, zone: TimeZone) {
        let trimmed = name.trimmingBlanks
        if let canonical = canonicalName(trimmed), let zone = TimeZone(identifier: canonical) {
            return (canonical, zone)
        }
        if let refusal = refusal(for: trimmed) { throw refusal }
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

    /// The names of the zoneinfo files (`Europe/Madrid`), from the first directory that has them.
    private static func zoneInfoNames() -> [String] {
        let manager = FileManager.default
        for directory in TimeZoneDatabase.directories {
            guard let areas = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            var names: [String] = []
            for area in areas where area.first?.isUppercase == true {
                guard let files = manager.enumerator(atPath: directory + "/" + area) else { continue }
                for case let file as String in files where file.first?.isUppercase == true {
                    var isDirectory: ObjCBool = false
                    let path = directory + "/" + area + "/" + file
                    if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                        names.append(area + "/" + file)
                    }
                }
            }
            if !names.isEmpty { return names }
        }
        return []
    }
}
