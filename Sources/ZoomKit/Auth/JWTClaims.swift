import Foundation
import JWTKit
import ZoomModels

/// A JWT payload of arbitrary claims, written in the order of its keys.
struct JWTClaims: JWTPayload {
    var claims: JSONObject

    init(_ claims: JSONObject) { self.claims = claims }

    init(from decoder: any Decoder) throws {
        guard case .object(let object) = try JSONValue(from: decoder) else {
            throw JWTDecodeError(message: "the payload is not a JSON object")
        }
        claims = object
    }

    func encode(to encoder: any Encoder) throws {
        try JSONValue.object(claims).encode(to: encoder)
    }

    /// Claims are checked by their users (expiry is reported, not enforced).
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Writes `JWTClaims` with `JSONValue`'s writer so that claims keep their order and integers
/// stay integers; anything else as JWTKit would.
struct OrderedClaimsSerializer: JWTSerializer {
    let jsonEncoder: any JWTJSONEncoder = .defaultForJWT

    func serialize(_ payload: some JWTPayload, header: JWTHeader) throws -> Data {
        let json: Data
        if let claims = payload as? JWTClaims {
            json = JSONValue.object(claims.claims).data
        } else {
            json = try jsonEncoder.encode(payload)
        }
        return Data(Base64URL.encode(json).utf8)
    }
}
