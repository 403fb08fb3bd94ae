import Foundation
import ZoomModels

/// A Meeting SDK JWT ("signature"), as Zoom's official sample makes it: HS256 with `appKey`,
/// `sdkKey`, `mn`, `role`, `iat`, `exp`, `tokenExp` and optionally `video_webrtc_mode`, all
/// times as numbers of seconds.
public struct MeetingSDKSignature: Sendable, Hashable {
    /// The role the signature grants.
    public enum Role: Int, Sendable, Hashable, CaseIterable {
        /// Join as a participant (`role` 0).
        case attendee = 0
        /// Start the meeting as its host (`role` 1).
        case host = 1
    }

    /// The lifetimes Zoom accepts, in seconds: 30 minutes to 48 hours.
    public static let lifetimeRange = 1800...172_800
    /// The lifetime of Zoom's sample: two hours.
    public static let defaultLifetime = 7200

    /// The SDK key or client ID (`appKey` and `sdkKey`; not a secret).
    public var sdkKey: String
    /// The meeting or webinar number (`mn`); nil for a native-SDK signature.
    public var meetingNumber: Int64?
    /// The role (`role`); nil for a native-SDK signature.
    public var role: Role?
    /// Seconds from `issuedAt` to `exp` and `tokenExp`, within `lifetimeRange`.
    public var lifetime: Int
    /// `video_webrtc_mode` (0 or 1, web only), if set.
    public var videoWebRTCMode: Int?
    /// When the signature is issued (`iat`).
    public var issuedAt: Date

    /// A signature request.
    public init(
        sdkKey: String,
        meetingNumber: Int64?,
        role: Role?,
        lifetime: Int = MeetingSDKSignature.defaultLifetime,
        videoWebRTCMode: Int? = nil,
        issuedAt: Date = Date()
    ) {
        self.sdkKey = sdkKey
        self.meetingNumber = meetingNumber
        self.role = role
        self.lifetime = lifetime
        self.videoWebRTCMode = videoWebRTCMode
        self.issuedAt = issuedAt
    }

    /// The claims, in the order of Zoom's sample, after checking every value.
    public func claims() throws(JWTSigningError) -> JSONObject {
        guard !sdkKey.isBlank else { throw JWTSigningError(message: "the SDK key (client ID) is empty") }
        guard Self.lifetimeRange.contains(lifetime) else {
            throw JWTSigningError(
                message: "the signature lifetime must be between \(Self.lifetimeRange.lowerBound) and "
                    + "\(Self.lifetimeRange.upperBound) seconds (30 min to 48 h); got \(lifetime)")
        }
        if (meetingNumber == nil) != (role == nil) {
            throw JWTSigningError(
                message: "a web signature needs both the meeting number and the role; a native one needs neither")
        }
        if let meetingNumber, meetingNumber <= 0 {
            throw JWTSigningError(message: "the meeting number must be positive; got \(meetingNumber)")
        }
        if let videoWebRTCMode, ![0, 1].contains(videoWebRTCMode) {
            throw JWTSigningError(message: "video_webrtc_mode must be 0 or 1; got \(videoWebRTCMode)")
        }
        let iat = Int64(issuedAt.timeIntervalSince1970.rounded(.down))
        let exp = iat + Int64(lifetime)
        var claims = JSONObject([("appKey", .string(sdkKey)), ("sdkKey", .string(sdkKey))])
        if let meetingNumber, let role {
            claims["mn"] = .int(meetingNumber)
            claims["role"] = .int(Int64(role.rawValue))
        }
        claims["iat"] = .int(iat)
        claims["exp"] = .int(exp)
        claims["tokenExp"] = .int(exp)
        if let videoWebRTCMode { claims["video_webrtc_mode"] = .int(Int64(videoWebRTCMode)) }
        return claims
    }

    /// The signed JWT; `secret` is the SDK secret or client secret (at least 32 bytes).
    public func sign(secret: String) async throws -> String {
        try await ZoomJWT.sign(claims(), secret: secret, secretName: "the SDK secret (client secret)")
    }
}
