/// Decides, request by request, which configured fault strikes; random choices come from a
/// seeded generator so that a test sees the same faults on every run.
struct FaultInjector: Sendable {
    /// What happens to one API request.
    enum Verdict: Sendable, Equatable {
        /// Answer 429 without processing.
        case rateLimitStorm
        /// Answer this 5xx status without processing.
        case serverError(Int)
        /// Process normally.
        case proceed
    }

    private(set) var faults: SandboxFaults
    private var random: SeededRandom

    init(_ faults: SandboxFaults) {
        self.faults = faults
        self.random = SeededRandom(seed: faults.seed)
    }

    /// Replaces the faults (and restarts the generator from their seed).
    mutating func replace(with faults: SandboxFaults) {
        self = FaultInjector(faults)
    }

    /// The fate of the next API request, before it is processed.
    mutating func beforeProcessing() -> Verdict {
        if faults.rateLimitStorm > 0 {
            faults.rateLimitStorm -= 1
            return .rateLimitStorm
        }
        if faults.serverErrorRate > 0, random.nextUnit() < faults.serverErrorRate {
            let statuses = faults.serverErrorStatuses
            return .serverError(statuses[Int(random.next() % UInt64(statuses.count))])
        }
        return .proceed
    }

    /// Whether the connection of a processed API request is dropped instead of answered.
    mutating func dropAfterProcessing() -> Bool {
        if faults.dropNext > 0 {
            faults.dropNext -= 1
            return true
        }
        return faults.dropRate > 0 && random.nextUnit() < faults.dropRate
    }
}

/// SplitMix64: a small, fast, seedable generator (not for secrets).
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in 0..<1.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }
}
