import Foundation
import ZoomModels

/// Zoom's per-second limits per category, counted in windows of one second of the sandbox's
/// clock, for the whole account.
struct RateLimiter: Sendable {
    var plan: SandboxPlan
    private var windows: [RateLimitCategory: (second: Int64, count: Int)] = [:]

    init(plan: SandboxPlan) {
        self.plan = plan
    }

    /// Counts a request of `category` at `now`: the rate-limit headers for the answer, or the
    /// 429 error when the second's quota is used up.
    mutating func admit(_ category: RateLimitCategory, at now: Date) -> Result<[HTTPHeader], APIError> {
        let second = Int64(now.timeIntervalSince1970.rounded(.down))
        let limit = plan.limit(for: category)
        var window = windows[category] ?? (second, 0)
        if window.second != second { window = (second, 0) }
        guard window.count < limit else {
            windows[category] = window
            return .failure(Self.perSecondError(category, limit: limit))
        }
        window.count += 1
        windows[category] = window
        return .success(Self.headers(category, type: "QPS", limit: limit, remaining: limit - window.count))
    }

    static func headers(_ category: RateLimitCategory, type: String, limit: Int, remaining: Int) -> [HTTPHeader] {
        [
            HTTPHeader("X-RateLimit-Category", category.rawValue),
            HTTPHeader("X-RateLimit-Type", type),
            HTTPHeader("X-RateLimit-Limit", String(limit)),
            HTTPHeader("X-RateLimit-Remaining", String(max(0, remaining))),
        ]
    }

    /// Zoom's 429 for a per-second limit.
    static func perSecondError(_ category: RateLimitCategory, limit: Int) -> APIError {
        APIError(
            status: 429, code: 429,
            message: "You have reached the maximum per-second rate limit for this API. Try again later.",
            headers: headers(category, type: "QPS", limit: limit, remaining: 0) + [HTTPHeader("Retry-After", "1")])
    }

    /// Zoom's 429 for the daily meeting create/update limit of one user.
    static func dailyError(limit: Int, now: Date) -> APIError {
        APIError(
            status: 429, code: 429,
            message: "You have exceeded the daily rate limit (\(limit)) of Meeting Create/Update API requests "
                + "permitted for this particular user. You may resume these requests at GMT 00:00:00.",
            headers: headers(.light, type: "Daily-limit", limit: limit, remaining: 0)
                + [HTTPHeader("Retry-After", ZoomDateTime.utcString(UTCDay.nextMidnight(after: now)))])
    }
}

/// Days of the UTC calendar, which Zoom's daily limits follow.
enum UTCDay {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `yyyy-MM-dd` of the UTC day that contains `date`.
    static func key(_ date: Date) -> String {
        String(ZoomDateTime.utcString(date).prefix(10))
    }

    /// The first instant of the UTC day after the one that contains `date`.
    static func nextMidnight(after date: Date) -> Date {
        let start = calendar.startOfDay(for: date)
        return calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
    }
}
