import Crypto
import Foundation
import JWTKit
import Testing
import ZoomKit
import ZoomModels

/// Claims as JWTKit reads them back, to check what was signed.
private struct ReadBack: JWTPayload {
    var iss: String?
    var exp: Int64?
    var iat: Int64?
    var appKey: String?
    var sdkKey: String?
    var mn: Int64?
    var role: Int?
    var tokenExp: Int64?
    var videoWebRTCMode: Int?

    enum CodingKeys: String, CodingKey {
        case iss, exp, iat, appKey, sdkKey, mn, role, tokenExp
        case videoWebRTCMode = "video_webrtc_mode"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

private let secret = "0123456789abcdef0123456789abcdef-secret"

private func verified(_ token: String, secret: String) async throws -> ReadBack {
    let keys = JWTKeyCollection()
    await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    return try await keys.verify(token, as: ReadBack.self)
}

/// The JSON object of the payload part, as raw text.
private func payloadText(_ token: String) throws -> String {
    var part = String(token.split(separator: ".")[1]).replacingOccurrences(of: "-", with: "+")
        .replacingOccurrences(of: "_", with: "/")
    while part.count % 4 != 0 { part += "=" }
    return String(decoding: try #require(Data(base64Encoded: part)), as: UTF8.self)
}

@Suite("JWT")
struct JWTTests {
    @Test("a legacy JWT app token has iss and exp in seconds, HS256, verified by JWTKit")
    func appToken() async throws {
        let clock = TestClock()
        let provider = try JWTAppTokenProvider(apiKey: "KEY", apiSecret: secret, lifetime: 90, now: clock.function)
        let token = try await provider.token()
        let claims = try await verified(token.value, secret: secret)
        let now = Int64(clock.now.timeIntervalSince1970)
        #expect(claims.iss == "KEY")
        #expect(claims.exp == now + 90)
        #expect(claims.iat == now)
        #expect(token.expiresAt == Date(timeIntervalSince1970: TimeInterval(now + 90)))
        #expect(try payloadText(token.value) == #"{"iss":"KEY","iat":\#(now),"exp":\#(now + 90)}"#)

        await #expect(throws: (any Error).self) { try await verified(token.value, secret: secret + "x") }
    }

    @Test("a short secret is a clear error, not a crash")
    func shortSecret() async throws {
        let error = try await #require(throws: JWTSigningError.self) {
            try await ZoomJWT.sign(JSONObject([("a", 1)]), secret: "0123456789", secretName: "the secret")
        }
        #expect(error.message == "the secret is 10 bytes long; HS256 signing needs a secret of at least 32 bytes")
        let app = try #require(throws: AuthError.self) {
            try JWTAppTokenProvider(apiKey: "k", apiSecret: String(repeating: "s", count: 31))
        }
        #expect(app.message.contains("31 bytes"))
        // Checking a token made elsewhere with a short secret works, with a warning.
        let header = Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8).base64URL
        let payload = Data(#"{"iss":"k"}"#.utf8).base64URL
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("\(header).\(payload)".utf8), using: SymmetricKey(data: Data("short".utf8)))
        let token = "\(header).\(payload).\(Data(mac).base64URL)"
        let decoded = try await ZoomJWT.decode(token, secret: "short")
        #expect(decoded.signatureValid == true)
        #expect(decoded.warnings == ["the secret is 5 bytes long; HS256 secrets should have at least 32"])
        #expect(try await ZoomJWT.decode(token, secret: "shorT").signatureValid == false)
    }

    @Test("arbitrary claims keep their order and types")
    func signClaims() async throws {
        let token = try await ZoomJWT.sign(
            JSONObject([("sub", "me"), ("n", 5), ("ok", true), ("list", [1, "x"])]), secret: secret)
        #expect(try payloadText(token) == #"{"sub":"me","n":5,"ok":true,"list":[1,"x"]}"#)
        #expect(token.split(separator: ".").count == 3)
        #expect(!token.contains("="))
    }

    @Test("decode shows header, payload, expiry and checks the signature")
    func decode() async throws {
        let clock = TestClock()
        let now = Int64(clock.now.timeIntervalSince1970)
        let token = try await ZoomJWT.sign(JSONObject([("iss", "K"), ("exp", .int(now - 10))]), secret: secret)
        let decoded = try await ZoomJWT.decode(token, secret: secret, now: clock.now)
        #expect(decoded.header["alg"] == "HS256")
        #expect(decoded.header["typ"] == "JWT")
        #expect(decoded.payload["iss"] == "K")
        #expect(decoded.signatureValid == true)
        #expect(decoded.isExpired == true)
        #expect(decoded.expiresAt == Date(timeIntervalSince1970: TimeInterval(now - 10)))

        let wrong = try await ZoomJWT.decode(token, secret: secret + "!", now: clock.now)
        #expect(wrong.signatureValid == false)
        let unchecked = try await ZoomJWT.decode(token)
        #expect(unchecked.signatureValid == nil)

        let millis = try await ZoomJWT.decode(
            try await ZoomJWT.sign(JSONObject([("exp", 1_496_091_964_000)]), secret: secret))
        #expect(millis.warnings.contains { $0.contains("milliseconds") })

        await #expect(throws: JWTDecodeError.self) { _ = try await ZoomJWT.decode("abc.def") }
        await #expect(throws: JWTDecodeError.self) { _ = try await ZoomJWT.decode("!!.e30.x") }
    }

    @Test("a Meeting SDK signature carries Zoom's claims as numbers")
    func sdkSignature() async throws {
        let issued = Date(timeIntervalSince1970: 1_790_000_000)
        let signature = MeetingSDKSignature(
            sdkKey: "SDKKEY", meetingNumber: 85_746_065_432, role: .host, lifetime: 7200, videoWebRTCMode: 1,
            issuedAt: issued)
        let token = try await signature.sign(secret: secret)
        let claims = try await verified(token, secret: secret)
        #expect(claims.appKey == "SDKKEY")
        #expect(claims.sdkKey == "SDKKEY")
        #expect(claims.mn == 85_746_065_432)
        #expect(claims.role == 1)
        #expect(claims.iat == 1_790_000_000)
        #expect(claims.exp == 1_790_007_200)
        #expect(claims.tokenExp == 1_790_007_200)
        #expect(claims.videoWebRTCMode == 1)
        #expect(
            try payloadText(token)
                == #"{"appKey":"SDKKEY","sdkKey":"SDKKEY","mn":85746065432,"role":1,"iat":1790000000,"#
                + #""exp":1790007200,"tokenExp":1790007200,"video_webrtc_mode":1}"#)
    }

    @Test("a Meeting SDK lifetime outside 1800…172800 s is refused", arguments: [1799, 172_801, 0, -5])
    func sdkBoundsRefused(lifetime: Int) async throws {
        let signature = MeetingSDKSignature(sdkKey: "K", meetingNumber: 1, role: .attendee, lifetime: lifetime)
        let error = try await #require(throws: JWTSigningError.self) { try await signature.sign(secret: secret) }
        #expect(
            error.message == "the signature lifetime must be between 1800 and 172800 seconds (30 min to 48 h); "
                + "got \(lifetime)")
    }

    @Test("the bounds themselves are accepted", arguments: [1800, 172_800])
    func sdkBoundsAccepted(lifetime: Int) async throws {
        let signature = MeetingSDKSignature(sdkKey: "K", meetingNumber: 1, role: .attendee, lifetime: lifetime)
        let claims = try await verified(try await signature.sign(secret: secret), secret: secret)
        #expect(claims.exp! - claims.iat! == Int64(lifetime))
        #expect(claims.role == 0)
    }

    @Test("other SDK values are checked")
    func sdkOtherChecks() throws {
        #expect(throws: JWTSigningError.self) {
            try MeetingSDKSignature(sdkKey: "K", meetingNumber: 1, role: nil).claims()
        }
        #expect(throws: JWTSigningError.self) {
            try MeetingSDKSignature(sdkKey: "K", meetingNumber: 1, role: .host, videoWebRTCMode: 2).claims()
        }
        let native = try MeetingSDKSignature(sdkKey: "K", meetingNumber: nil, role: nil).claims()
        #expect(native["mn"] == nil && native["role"] == nil)
    }
}

extension Data {
    fileprivate var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
