/// The Zoom plan the sandbox emulates; it sets the per-second rate limits.
public struct SandboxPlan: Sendable, Hashable, CustomStringConvertible {
    /// The plan's name: `free`, `pro`, `business` (or `unlimited`, for benchmarks).
    public let name: String
    /// Requests per second of the Light category (get/create/update/delete a meeting, get a user).
    public let lightPerSecond: Int
    /// Requests per second of the Medium category (list meetings, list users).
    public let mediumPerSecond: Int
    /// Requests per second of the Heavy category.
    public let heavyPerSecond: Int

    /// A plan with its own limits.
    public init(name: String, lightPerSecond: Int, mediumPerSecond: Int, heavyPerSecond: Int) {
        self.name = name
        self.lightPerSecond = lightPerSecond
        self.mediumPerSecond = mediumPerSecond
        self.heavyPerSecond = heavyPerSecond
    }

    /// Free: 4 / 2 / 1 requests per second.
    public static let free = SandboxPlan(name: "free", lightPerSecond: 4, mediumPerSecond: 2, heavyPerSecond: 1)
    /// Pro (the default): 30 / 20 / 10 requests per second.
    public static let pro = SandboxPlan(name: "pro", lightPerSecond: 30, mediumPerSecond: 20, heavyPerSecond: 10)
    /// Business and higher: 80 / 60 / 40 requests per second.
    public static let business = SandboxPlan(
        name: "business", lightPerSecond: 80, mediumPerSecond: 60, heavyPerSecond: 40)

    /// No per-second limit to speak of (a million requests a second a category): for
    /// benchmarks, which measure the client, not the limiter. Zoom has no such plan.
    public static let unlimited = SandboxPlan(
        name: "unlimited", lightPerSecond: 1_000_000, mediumPerSecond: 1_000_000, heavyPerSecond: 1_000_000)

    /// The named plans.
    public static let all: [SandboxPlan] = [.free, .pro, .business, .unlimited]

    /// The plan called `name` (`free`, `pro`, `business`, `unlimited`, any case), or nil.
    public init?(named name: String) {
        guard let plan = Self.all.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = plan
    }

    /// The per-second limit of a category.
    public func limit(for category: RateLimitCategory) -> Int {
        switch category {
        case .light: lightPerSecond
        case .medium: mediumPerSecond
        case .heavy: heavyPerSecond
        }
    }

    public var description: String { name }
}

/// Zoom's rate-limit categories (the "Rate Limit Label" of each endpoint).
public enum RateLimitCategory: String, Sendable, Hashable, CaseIterable {
    /// Light.
    case light = "Light"
    /// Medium.
    case medium = "Medium"
    /// Heavy.
    case heavy = "Heavy"
}
