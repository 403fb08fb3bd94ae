import Foundation

extension TimeZoneNames {
    /// Common abbreviations and the IANA names people usually mean by them.
    static let abbreviations: [String: [String]] = [
        "PST": ["America/Los_Angeles"], "PDT": ["America/Los_Angeles"], "PT": ["America/Los_Angeles"],
        "MST": ["America/Denver", "America/Phoenix"], "MDT": ["America/Denver"], "MT": ["America/Denver"],
        "CST": ["America/Chicago", "Asia/Shanghai"], "CDT": ["America/Chicago"], "CT": ["America/Chicago"],
        "EST": ["America/New_York"], "EDT": ["America/New_York"], "ET": ["America/New_York"],
        "AKST": ["America/Anchorage"], "AKDT": ["America/Anchorage"], "HST": ["Pacific/Honolulu"],
        "AST": ["America/Halifax"], "ADT": ["America/Halifax"], "NST": ["America/St_Johns"],
        "BST": ["Europe/London"], "WET": ["Europe/Lisbon"], "WEST": ["Europe/Lisbon"],
        "CET": ["Europe/Paris", "Europe/Berlin", "Europe/Madrid"], "CEST": ["Europe/Paris", "Europe/Berlin"],
        "MET": ["Europe/Paris"], "EET": ["Europe/Athens", "Europe/Helsinki"], "EEST": ["Europe/Athens"],
        "MSK": ["Europe/Moscow"], "IST": ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"],
        "PKT": ["Asia/Karachi"], "ICT": ["Asia/Bangkok"], "WIB": ["Asia/Jakarta"], "SGT": ["Asia/Singapore"],
        "HKT": ["Asia/Hong_Kong"], "PHT": ["Asia/Manila"], "JST": ["Asia/Tokyo"], "KST": ["Asia/Seoul"],
        "AWST": ["Australia/Perth"], "ACST": ["Australia/Adelaide"], "ACDT": ["Australia/Adelaide"],
        "AEST": ["Australia/Sydney", "Australia/Brisbane"], "AEDT": ["Australia/Sydney"],
        "NZST": ["Pacific/Auckland"], "NZDT": ["Pacific/Auckland"], "BRT": ["America/Sao_Paulo"],
        "ART": ["America/Argentina/Buenos_Aires"], "SAST": ["Africa/Johannesburg"], "WAT": ["Africa/Lagos"],
        "CAT": ["Africa/Maputo"], "EAT": ["Africa/Nairobi"],
    ]

    /// Why `name` is not a zone when it is an abbreviation or an offset; nil otherwise. With
    /// `namedOnly`, only the abbreviations of the table and offsets count (a time's last word).
    static func refusal(for name: String, namedOnly: Bool = false) -> ValueError? {
        let upper = name.uppercased()
        if let zones = abbreviations[upper] {
            let use = zones.count == 1 ? zones[0] : zones.dropLast().joined(separator: ", ") + " or \(zones.last!)"
            return ValueError("'\(name)' is an abbreviation, not a time zone: use \(use)")
        }
        let offsetForm = upper.drop { $0.isLetter }
        if ["GMT", "UTC", "Z", ""].contains(String(upper.prefix { $0.isLetter })), let sign = offsetForm.first,
            sign == "+" || sign == "-", offsetForm.dropFirst().allSatisfy({ $0.isASCIIDigit || $0 == ":" })
        {
            return ValueError(
                "'\(name)' is an offset, not a time zone: use an IANA name such as Europe/Berlin, "
                    + "or put the offset on the time (e.g. 2026-12-01 10:00 \(sign)02:00)")
        }
        if !namedOnly, !name.contains("/"), (2...5).contains(name.count),
            name.allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            return ValueError(
                "'\(name)' is an abbreviation, not a time zone: use an IANA name such as Europe/London or "
                    + "America/New_York")
        }
        return nil
    }
}
