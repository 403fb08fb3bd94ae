import ZoomModels

/// The `X-RateLimit-*` headers of a Zoom response.
public struct RateLimitInfo: Sendable, Hashable, CustomStringConvertible {
    /// `X-RateLimit-Category`: `Light`, `Medium`, `Heavy`, `Resource-intensive`.
    public var category: String?
    /// `X-RateLimit-Type`: `QPS` (per second) or `Daily-limit`.
    public var type: String?
    /// `X-RateLimit-Limit`: the number of requests allowed in the period.
    public var limit: Int?
    /// `X-RateLimit-Remaining`: the number left in the period.
    public var remaining: Int?

    /// Rate-limit information.
    public init(category: String? = nil, type: String? = nil, limit: Int? = nil, remaining: Int? = nil) {
        self.category = category
        self.type = type
        self.limit = limit
        self.remaining = remaining
    }

    /// The rate-limit headers of a response; nil when it has none.
    public init?(headers: [HTTPHeader]) {
        func text(_ name: String) -> String? {
            headers[name].map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        category = text("X-RateLimit-Category")
        type = text("X-RateLimit-Type")
        limit = text("X-RateLimit-Limit").flatMap { Int($0) }
        remaining = text("X-RateLimit-Remaining").flatMap { Int($0) }
        if category == nil, type == nil, limit == nil, remaining == nil { return nil }
    }

    /// Whether the limit is a daily one (`X-RateLimit-Type: Daily-limit`).
    public var isDaily: Bool { type?.lowercased().contains("daily") == true }

    /// `Light, QPS, 12 of 30 remaining`.
    public var description: String {
        var parts = [category, type].compactMap { $0 }
        switch (remaining, limit) {
        case (let remaining?, let limit?): parts.append("\(remaining) of \(limit) remaining")
        case (let remaining?, nil): parts.append("\(remaining) remaining")
        case (nil, let limit?): parts.append("limit \(limit)")
        case (nil, nil): break
        }
        return parts.joined(separator: ", ")
    }
}
