import ZoomModels

/// Encoding of values placed in API paths.
public enum ZoomPath {
    /// `value` percent-encoded as one path segment: everything but `A–Z a–z 0–9 - . _ ~ @` is
    /// escaped (`/` becomes `%2F`), so a user ID or e-mail address cannot change the path.
    public static func segment(_ value: String) -> String {
        PercentEncoding.encode(value, alsoAllowed: [UInt8(ascii: "@")])
    }

    /// A meeting UUID as a path segment. Zoom asks for the UUID to be encoded twice when it
    /// begins with `/` or contains `//` (`/abc==` → `%252Fabc%253D%253D`), once otherwise.
    public static func meetingUUID(_ uuid: String) -> String {
        let once = PercentEncoding.encode(uuid)
        return uuid.hasPrefix("/") || uuid.contains("//") ? PercentEncoding.encode(once) : once
    }

    /// `name=value&…` with names and values percent-encoded (space as `%20`, `+` as `%2B`).
    public static func query(_ items: [QueryItem]) -> String {
        PercentEncoding.form(items.map { ($0.name, $0.value) })
    }
}
