import Foundation
import JWTKit
import ZoomModels

/// HS256 JSON Web Tokens as Zoom uses them: legacy JWT app tokens, Meeting SDK signatures and
/// any claims the shell's `jwt sign` asks for. Signing and checking signatures both go through
/// JWTKit.
public enum ZoomJWT {
    /// The shortest HMAC secret accepted, in bytes (the size of a SHA-256 digest).
    public static let minimumSecretLength = 32

    /// Throws unless `secret` has at least `minimumSecretLength` bytes (JWTKit would trap
    /// on a shorter key); `name` says which secret (`ZOOM_API_SECRET`) in the message.
    public static func checkSecret(_ secret: String, name: String = "the secret") throws(JWTSigningError) {
        let length = secret.utf8.count
        guard length >= minimumSecretLength else {
            throw JWTSigningError(
                message: "\(name) is \(length) byte\(length == 1 ? "" : "s") long; HS256 signing needs a secret "
                    + "of at least \(minimumSecretLength) bytes")
        }
    }

    /// Signs `claims` with HS256 and `secret`; claims keep their order, numbers stay numbers.
    ///
    /// - Parameter secretName: names the secret in the error when it is too short.
    /// - Returns: `header.payload.signature`, base64url without padding.
    public static func sign(_ claims: JSONObject, secret: String, secretName: String = "the secret") async throws
        -> String
    {
        try checkSecret(secret, name: secretName)
        let keys = await keyCollection(key: Array(secret.utf8))
        return try await keys.sign(JWTClaims(claims))
    }

    /// Reads a JWT: header and payload as JSON, and the times it names.
    ///
    /// - Parameters:
    ///   - secret: when given, the HS256 signature is checked with it (`signatureValid`).
    ///   - now: the time the expiry is compared with.
    public static func decode(_ token: String, secret: String? = nil, now: Date = Date()) async throws -> DecodedJWT {
        let text = token.trimmingWhitespace()
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw JWTDecodeError(
                message: "a JWT has three parts separated by dots (header.payload.signature); this has \(parts.count)")
        }
        let header = try part(parts[0], name: "header")
        let payload = try part(parts[1], name: "payload")
        var decoded = DecodedJWT(header: header, payload: payload, now: now)
        if let secret {
            decoded.signatureValid = try await verify(text, algorithm: decoded.algorithm, secret: secret)
            if secret.utf8.count < minimumSecretLength {
                decoded.warnings.append(
                    "the secret is \(secret.utf8.count) bytes long; HS256 secrets should have at least "
                        + "\(minimumSecretLength)")
            }
        }
        return decoded
    }

    /// An HS256 key collection of `key`, which must have at least `minimumSecretLength` bytes
    /// (JWTKit asserts it).
    static func keyCollection(key: [UInt8]) async -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: key), digestAlgorithm: .sha256, serializer: OrderedClaimsSerializer())
        return keys
    }

    private static func part(_ text: Substring, name: String) throws -> JSONValue {
        guard let data = Base64URL.decode(text) else {
            throw JWTDecodeError(message: "the JWT \(name) is not base64url")
        }
        guard let json = try? JSONValue(parsing: data), json.objectValue != nil else {
            throw JWTDecodeError(message: "the JWT \(name) is not a JSON object")
        }
        return json
    }

    /// Checks the HS256 signature with JWTKit (a constant-time comparison). Unlike signing, any
    /// secret length is accepted, so that tokens made elsewhere can be checked: HMAC pads a
    /// key shorter than SHA-256's 64-byte block with zero bytes (RFC 2104, section 2), so a
    /// short secret padded with zeros to `minimumSecretLength` is the same key to HMAC, and is
    /// one JWTKit takes.
    private static func verify(_ token: String, algorithm: String?, secret: String) async throws -> Bool {
        guard algorithm == "HS256" else {
            throw JWTDecodeError(
                message: "the token is signed with \(algorithm ?? "no algorithm"); only HS256 can be checked "
                    + "with a secret")
        }
        guard let lastDot = token.lastIndex(of: "."),
            let signature = Base64URL.decode(token[token.index(after: lastDot)...])
        else { return false }
        var key = Array(secret.utf8)
        if key.count < minimumSecretLength { key += repeatElement(0, count: minimumSecretLength - key.count) }
        let algorithm = try await keyCollection(key: key).getKey()
        return try algorithm.verify(signature, signs: Array(token[..<lastDot].utf8))
    }
}

/// A JWT read by `ZoomJWT.decode`: its parts and what they say about time.
public struct DecodedJWT: Sendable, Hashable {
    /// The header (`{"alg":"HS256","typ":"JWT"}`).
    public var header: JSONValue
    /// The claims.
    public var payload: JSONValue
    /// Whether the signature matches the secret given; nil when no secret was given.
    public var signatureValid: Bool?
    /// `exp` as a date (seconds since 1970), when present and numeric.
    public var expiresAt: Date?
    /// `iat` as a date, when present and numeric.
    public var issuedAt: Date?
    /// Whether `exp` is past at the time of decoding; nil without `exp`.
    public var isExpired: Bool?
    /// Things a careful reader should know (`exp` in milliseconds, time claims as strings).
    public var warnings: [String]

    /// The `alg` of the header.
    public var algorithm: String? { header["alg"]?.stringValue }

    init(header: JSONValue, payload: JSONValue, now: Date) {
        self.header = header
        self.payload = payload
        warnings = []
        for claim in ["exp", "iat", "nbf", "tokenExp"] {
            guard let value = payload[claim] else { continue }
            switch value {
            case .int, .double:
                if let seconds = value.doubleValue, seconds > 100_000_000_000 {
                    warnings.append(
                        "\(claim) is \(value.compactText), which looks like milliseconds; JWT times are seconds")
                }
            default:
                warnings.append("\(claim) is \(value.compactText), not a number; JWT times must be numbers")
            }
        }
        if let exp = payload["exp"]?.doubleValue {
            expiresAt = Date(timeIntervalSince1970: exp)
            isExpired = now >= Date(timeIntervalSince1970: exp)
        }
        issuedAt = payload["iat"]?.doubleValue.map { Date(timeIntervalSince1970: $0) }
        if algorithm == nil { warnings.append("the header has no alg") }
        if algorithm == "none" { warnings.append("the token is not signed (alg none)") }
    }
}
