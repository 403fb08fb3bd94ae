import ZoomModels

extension ZoomCredentials {
    /// `ZOOM_ACCOUNT_ID`: the account of a Server-to-Server OAuth app.
    public static let accountIDVariable = "ZOOM_ACCOUNT_ID"
    /// `ZOOM_CLIENT_ID`: the client ID of a Server-to-Server OAuth app.
    public static let clientIDVariable = "ZOOM_CLIENT_ID"
    /// `ZOOM_CLIENT_SECRET`: the client secret of a Server-to-Server OAuth app.
    public static let clientSecretVariable = "ZOOM_CLIENT_SECRET"
    /// `ZOOM_API_KEY`: the API key of a legacy JWT app.
    public static let apiKeyVariable = "ZOOM_API_KEY"
    /// `ZOOM_API_SECRET`: the API secret of a legacy JWT app.
    public static let apiSecretVariable = "ZOOM_API_SECRET"
    /// `ZOOM_ACCESS_TOKEN`: a bearer token used as it is.
    public static let accessTokenVariable = "ZOOM_ACCESS_TOKEN"

    /// Reads credentials from environment variables.
    ///
    /// `ZOOM_ACCESS_TOKEN` wins when set; otherwise any of `ZOOM_ACCOUNT_ID`, `ZOOM_CLIENT_ID`,
    /// `ZOOM_CLIENT_SECRET` asks for Server-to-Server OAuth and all three must be set; otherwise
    /// `ZOOM_API_KEY` / `ZOOM_API_SECRET` ask for a legacy JWT app and both must be set. Empty
    /// values count as unset.
    ///
    /// - Returns: the credentials, or nil when none of the variables is set.
    /// - Throws: `CredentialsError` naming the missing variables of an incomplete set.
    public static func fromEnvironment(_ environment: [String: String]) throws(CredentialsError) -> ZoomCredentials? {
        func value(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingWhitespace(), !value.isEmpty else { return nil }
            return value
        }
        if let token = value(accessTokenVariable) { return .token(token) }

        let s2sNames = [accountIDVariable, clientIDVariable, clientSecretVariable]
        let s2s = s2sNames.map(value)
        if s2s.contains(where: { $0 != nil }) {
            if case (let account?, let client?, let secret?) = (s2s[0], s2s[1], s2s[2]) {
                return .s2s(accountID: account, clientID: client, clientSecret: secret)
            }
            throw incomplete("Server-to-Server OAuth", names: s2sNames, values: s2s)
        }

        let jwtNames = [apiKeyVariable, apiSecretVariable]
        let jwt = jwtNames.map(value)
        if jwt.contains(where: { $0 != nil }) {
            if case (let key?, let secret?) = (jwt[0], jwt[1]) {
                return .jwt(apiKey: key, apiSecret: secret)
            }
            throw incomplete("legacy JWT app", names: jwtNames, values: jwt)
        }
        return nil
    }

    private static func incomplete(_ kind: String, names: [String], values: [String?]) -> CredentialsError {
        let missing = zip(names, values).filter { $0.1 == nil }.map(\.0)
        let present = zip(names, values).filter { $0.1 != nil }.map(\.0)
        let verb = missing.count == 1 ? "is" : "are"
        return CredentialsError(
            message: "incomplete \(kind) credentials: \(missing.joined(separator: " and ")) \(verb) not set "
                + "(\(present.joined(separator: " and ")) \(present.count == 1 ? "is" : "are")); "
                + "set all of \(names.joined(separator: ", "))",
            missing: missing)
    }
}
