import ZoomKit

/// The three ways to authenticate, as a profile or the environment asks for them.
enum CredentialKind: Sendable, Hashable {
    case s2s, jwt, token

    /// The environment variables of this kind.
    var variables: [String] {
        switch self {
        case .s2s:
            [ZoomCredentials.accountIDVariable, ZoomCredentials.clientIDVariable, ZoomCredentials.clientSecretVariable]
        case .jwt: [ZoomCredentials.apiKeyVariable, ZoomCredentials.apiSecretVariable]
        case .token: [ZoomCredentials.accessTokenVariable]
        }
    }

    /// For people: `Server-to-Server OAuth`, `legacy JWT app`, `access token`.
    var name: String {
        switch self {
        case .s2s: "Server-to-Server OAuth"
        case .jwt: "legacy JWT app"
        case .token: "access token"
        }
    }
}

extension Profile {
    /// The kind of credentials the profile has keys for, if any (a token first, as in use).
    var credentialKind: CredentialKind? {
        if accessToken != nil { return .token }
        if accountID != nil || clientID != nil || clientSecret != nil || clientSecretEnv != nil { return .s2s }
        if apiKey != nil || apiSecret != nil || apiSecretEnv != nil { return .jwt }
        return nil
    }
}

extension SessionSettings {
    /// The credentials of a session, and warnings about variables that were not used.
    ///
    /// - A profile chosen on purpose (`chosenBy`: `--profile`, `ZOOMSH_PROFILE`, `profile NAME`)
    ///   that has credentials keeps their kind; each `ZOOM_*` variable of that kind overrides
    ///   the profile's key of the same meaning (`ZOOM_CLIENT_SECRET` completes a profile with
    ///   `account_id` and `client_id`), and variables of another kind are ignored, with a warning.
    /// - The `default_profile`: complete credentials in the environment are used as they are;
    ///   variables of the profile's kind that are not a complete set fill in its keys as above.
    /// - No profile, or one without credentials: the environment's, as `ZoomCredentials.fromEnvironment`.
    static func resolveCredentials(
        profile: Profile?, chosenBy: String?, environment: [String: String]
    ) throws(ConfigError) -> (credentials: ZoomCredentials?, warnings: [String]) {
        func variable(_ name: String) -> String? {
            nonEmpty(environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let environmentKind = [CredentialKind.token, .s2s, .jwt].first { $0.variables.contains { variable($0) != nil } }
        let fromEnvironment = Result { () throws(CredentialsError) in try ZoomCredentials.fromEnvironment(environment) }
        guard let profile, let kind = profile.credentialKind,
            chosenBy != nil || (environmentKind == kind && (try? fromEnvironment.get()) == nil)
        else {
            do {
                return (try fromEnvironment.get() ?? profile.flatMap { try credentials(of: $0, environment) }, [])
            } catch let error as ConfigError {
                throw error
            } catch {
                throw ConfigError("\(error)")
            }
        }
        let ignored = [CredentialKind.token, .s2s, .jwt].filter { $0 != kind }.flatMap(\.variables)
            .filter { variable($0) != nil }
        let warnings =
            ignored.isEmpty || chosenBy == nil
            ? []
            : [
                "\(ignored.joined(separator: ", ")) \(ignored.count == 1 ? "is" : "are") set but not used: "
                    + "\(chosenBy ?? "") has \(kind.name) credentials"
            ]
        var merged = profile
        switch kind {
        case .token:
            merged.accessToken = variable(ZoomCredentials.accessTokenVariable) ?? profile.accessToken
        case .s2s:
            merged.accountID = variable(ZoomCredentials.accountIDVariable) ?? profile.accountID
            merged.clientID = variable(ZoomCredentials.clientIDVariable) ?? profile.clientID
            if let secret = variable(ZoomCredentials.clientSecretVariable) { merged.clientSecret = secret }
        case .jwt:
            merged.apiKey = variable(ZoomCredentials.apiKeyVariable) ?? profile.apiKey
            if let secret = variable(ZoomCredentials.apiSecretVariable) { merged.apiSecret = secret }
        }
        return (try credentials(of: merged, environment, kind: kind), warnings)
    }

    /// The credentials a profile holds, a secret possibly named by `client_secret_env`; `kind`
    /// picks which keys count when the profile has keys of several kinds.
    static func credentials(
        of profile: Profile, _ environment: [String: String], kind: CredentialKind? = nil
    ) throws(ConfigError) -> ZoomCredentials? {
        func secret(_ value: String?, _ variable: String?, _ key: String) throws(ConfigError) -> String? {
            if let value { return value }
            guard let variable else { return nil }
            guard let found = nonEmpty(environment[variable]) else {
                throw ConfigError("profile \(profile.name): \(key)_env names \(variable), which is not set")
            }
            return found
        }
        let kind = kind ?? profile.credentialKind
        if kind == .token, let token = profile.accessToken { return .token(token) }
        if kind == .s2s {
            guard let accountID = profile.accountID, let clientID = profile.clientID,
                let clientSecret = try secret(profile.clientSecret, profile.clientSecretEnv, "client_secret")
            else {
                throw ConfigError(
                    "profile \(profile.name): Server-to-Server OAuth needs account_id, client_id and client_secret "
                        + "(or client_secret_env; ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET fill in "
                        + "what it lacks)")
            }
            return .s2s(accountID: accountID, clientID: clientID, clientSecret: clientSecret)
        }
        if kind == .jwt {
            guard let apiKey = profile.apiKey,
                let apiSecret = try secret(profile.apiSecret, profile.apiSecretEnv, "api_secret")
            else {
                throw ConfigError(
                    "profile \(profile.name): a JWT app needs api_key and api_secret (or api_secret_env; "
                        + "ZOOM_API_KEY, ZOOM_API_SECRET fill in what it lacks)")
            }
            return .jwt(apiKey: apiKey, apiSecret: apiSecret)
        }
        return nil
    }
}
