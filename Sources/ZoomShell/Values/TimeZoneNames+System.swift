import Foundation

extension TimeZoneNames {
    /// The machine's zone, honouring `TZ` in the forms the C library takes that Foundation
    /// misreads: `:Europe/Madrid` (a leading colon) and zoneinfo paths
    /// (`/usr/share/zoneinfo/Europe/Madrid`). Without `TZ`, or with a form not understood
    /// here (a POSIX rule), it is Foundation's current zone.
    public static func system(environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeZone {
        guard var name = environment["TZ"], !name.isEmpty else { return .current }
        if name.hasPrefix(":") { name.removeFirst() }
        if name.hasPrefix("/") {
            let resolved = URL(fileURLWithPath: name).resolvingSymlinksInPath().path
            for path in [name, resolved] {
                guard let range = path.range(of: "/zoneinfo/", options: .backwards) else { continue }
                let identifier = String(path[range.upperBound...])
                if let zone = TimeZone(identifier: identifier) { return zone }
            }
            return .current
        }
        return TimeZone(identifier: canonicalName(name) ?? name) ?? .current
    }
}
