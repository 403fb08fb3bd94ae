/// Faults the sandbox injects into API requests (`/v2/…`), so that clients can be tested
/// against a misbehaving Zoom. A configuration value, never reachable over HTTP.
///
/// Random faults draw from a generator seeded with `seed`, so a test sees the same sequence
/// of faults on every run. `/oauth/token` only gets the latency.
public struct SandboxFaults: Sendable, Hashable {
    /// Added to every request (API and OAuth) before it is handled.
    public var latency: Duration
    /// The share (0…1) of API requests answered with a 5xx status, without being processed.
    public var serverErrorRate: Double
    /// The statuses a 5xx fault answers with, drawn at random.
    public var serverErrorStatuses: [Int]
    /// The share (0…1) of API requests whose connection is closed after the request was
    /// processed, so the change happened but the client gets no response.
    public var dropRate: Double
    /// The next N API requests are processed and then get no response.
    public var dropNext: Int
    /// The next N API requests get a 429 (per-second limit), without being processed.
    public var rateLimitStorm: Int
    /// The seed of the generator behind `serverErrorRate` and `dropRate`.
    public var seed: UInt64

    /// Faults; by default none.
    public init(
        latency: Duration = .zero, serverErrorRate: Double = 0, serverErrorStatuses: [Int] = [500, 502, 503],
        dropRate: Double = 0, dropNext: Int = 0, rateLimitStorm: Int = 0, seed: UInt64 = 1
    ) {
        self.latency = latency
        self.serverErrorRate = serverErrorRate
        self.serverErrorStatuses = serverErrorStatuses
        self.dropRate = dropRate
        self.dropNext = dropNext
        self.rateLimitStorm = rateLimitStorm
        self.seed = seed
    }

    /// No faults.
    public static let none = SandboxFaults()

    /// Problems that make these faults unusable, for people; empty when they are fine.
    func problems() -> [String] {
        var problems: [String] = []
        if !(0...1).contains(serverErrorRate) {
            problems.append("the server error rate is \(serverErrorRate); it must be between 0 and 1")
        }
        if !(0...1).contains(dropRate) { problems.append("the drop rate is \(dropRate); it must be between 0 and 1") }
        if serverErrorRate > 0,
            serverErrorStatuses.isEmpty || serverErrorStatuses.contains(where: { !(500...599).contains($0) })
        {
            problems.append("the server error statuses must be 5xx codes, like 500, 502 and 503")
        }
        if dropNext < 0 || rateLimitStorm < 0 { problems.append("fault counts cannot be negative") }
        if latency < .zero { problems.append("the latency cannot be negative") }
        return problems
    }
}
