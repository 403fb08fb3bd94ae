/// A day of the week in Zoom's numbering (1 = Sunday … 7 = Saturday), as `recurrence.weekly_days`
/// and `recurrence.monthly_week_day` have it.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case sunday = 1
    case monday, tuesday, wednesday, thursday, friday, saturday

    /// The full English name in lower case (`monday`).
    public var name: String {
        switch self {
        case .sunday: "sunday"
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        }
    }

    /// The three-letter name (`mon`).
    public var shortName: String { String(name.prefix(3)) }

    /// The full name.
    public var description: String { name }
}
