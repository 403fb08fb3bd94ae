import Foundation
import ZoomKit
import ZoomModels

extension Shell {
    func runAuthShow() async throws -> CommandResult {
        var pairs: [(String, String)] = []
        var value: JSONValue = [:]
        if let credentials = state.credentials {
            pairs.append(("method", credentials.description))
            value["method"] = .string(credentials.kindName)
        } else {
            pairs.append(("method", "none — set ZOOM_ACCOUNT_ID/ZOOM_CLIENT_ID/ZOOM_CLIENT_SECRET or 'auth s2s …'"))
        }
        if let connection, let token = await connection.provider.cachedToken() {
            let expiry =
                token.expiresAt.map { " until " + TimeDisplay.short($0, in: configuration.localTimeZone) } ?? ""
            pairs.append(("token", "cached\(expiry)"))
            if let scope = token.scope { pairs.append(("scopes", scope)) }
            value["token_cached"] = true
        } else {
            pairs.append(("token", "none yet (fetched on the first request)"))
            value["token_cached"] = false
        }
        let apiURL = state.apiURL ?? connection?.client.baseURL ?? ZoomKit.defaultAPIURL
        pairs.append(("api", apiURL + (configuration.isSandbox ? " (sandbox)" : "")))
        pairs.append(("oauth", state.oauthURL))
        if let profile = state.profileName { pairs.append(("profile", profile)) }
        value["api_url"] = .string(apiURL)
        value["oauth_url"] = .string(state.oauthURL)
        value["profile"] = state.profileName.map(JSONValue.string) ?? .null
        value["sandbox"] = .bool(configuration.isSandbox)
        return CommandResult(value: value, presentation: .record(headline: nil, pairs: pairs), setsLast: false)
    }

    func runAuthChange(_ command: Command) async throws -> CommandResult {
        let words = try texts(command.arguments)
        let credentials: ZoomCredentials
        switch command.name {
        case "auth s2s":
            let secret = try await secret(named: "client secret", variable: try option(command, "secret-env"))
            credentials = .s2s(accountID: words[0], clientID: words[1], clientSecret: secret)
        case "auth jwt":
            let variable = try option(command, "secret-env")
            let secret = try await secret(named: "API secret", variable: variable)
            do {
                try ZoomJWT.checkSecret(secret, name: variable.map { "the API secret in \($0)" } ?? "the API secret")
            } catch {
                throw CommandError(.authentication, "\(error.message); nothing changed")
            }
            credentials = .jwt(apiKey: words[0], apiSecret: secret)
        default:
            credentials = .token(
                try await secret(named: "access token", variable: try option(command, "env"), option: "env"))
        }
        state.credentials = try credentials.validated()
        state.userTimeZone = nil
        state.userTimeZoneLookupFailed = false
        connection = nil
        return .quiet(note: "auth: \(credentials.description) (the secret is kept in memory only)")
    }

    /// A secret from an environment variable, or asked with echo off in an interactive session;
    /// `option` names the command's option that takes the variable, for the error in scripts.
    func secret(named name: String, variable: String?, option: String = "secret-env") async throws -> String {
        if let variable {
            guard SecretFilter.isVariableName(variable) else {
                // Likely the secret itself typed where its variable's name belongs: never echo it.
                throw CommandError(
                    .authentication,
                    "--\(option) takes the name of an environment variable (e.g. \(option == "env" ? "ZOOM_ACCESS_TOKEN" : "ZOOM_CLIENT_SECRET")), "
                        + "not the \(name) itself; the value given is not shown")
            }
            guard let value = configuration.environment[variable], !value.isEmpty else {
                throw CommandError(.authentication, "the environment variable \(variable) (the \(name)) is not set")
            }
            return value
        }
        guard configuration.isInteractive, let readSecret = configuration.readSecret else {
            throw CommandError(
                .authentication,
                "the \(name) must come from an environment variable in scripts: add --\(option) VARIABLE "
                    + "(secrets are never written in scripts or history)")
        }
        guard let value = await readSecret("\(name.prefix(1).uppercased() + name.dropFirst()): "), !value.isEmpty else {
            throw CommandError(.authentication, "no \(name) given; nothing changed")
        }
        return value
    }

    func runAuthRefresh() async throws -> CommandResult {
        _ = try zoom()
        guard let provider = connection?.provider else { throw CommandError(.authentication, "no credentials") }
        if let token = await provider.cachedToken() { await provider.invalidate(token) }
        let token = try await provider.token()
        let expiry = token.expiresAt.map { " until " + TimeDisplay.short($0, in: configuration.localTimeZone) } ?? ""
        return CommandResult(
            value: [
                "refreshed": true, "expires_at": token.expiresAt.map { .string(ZoomDateTime.utcString($0)) } ?? .null,
            ],
            presentation: .text("new token\(expiry)"), setsLast: false)
    }

    func runProfile(_ command: Command) throws -> CommandResult {
        guard let name = try argument(command, 0) else {
            let names = configuration.profileNames
            if names.isEmpty {
                return CommandResult(
                    value: .array([]),
                    presentation: .text(
                        "no profiles: add [profiles.NAME] tables to $XDG_CONFIG_HOME/zoomsh/config.toml"),
                    setsLast: false)
            }
            let text = names.map { ($0 == state.profileName ? "* " : "  ") + $0 }.joined(separator: "\n")
            return CommandResult(value: .array(names.map(JSONValue.string)), presentation: .text(text), setsLast: false)
        }
        guard let loadProfile = configuration.loadProfile else {
            throw CommandError(
                .configuration, "profile: no config file was read, so there are no profiles to switch to")
        }
        let profile: ShellProfile
        do {
            profile = try loadProfile(name)
        } catch {
            throw CommandError(.configuration, "profile: \(error)")
        }
        state.profileName = profile.name
        // The loader already applied flags > environment > profile: take what it says, even nil.
        state.credentials = profile.credentials
        state.apiURL = profile.apiURL
        state.oauthURL = profile.oauthURL ?? ZoomKit.defaultOAuthURL
        state.profileTimeZone = profile.timeZone
        state.userTimeZone = nil
        state.userTimeZoneLookupFailed = false
        if let host = profile.host { state.host = host }
        if let mode = profile.outputMode { state.outputMode = mode }
        connection = nil
        return .quiet(note: "profile \(profile.name)")
    }

    func runJWTSign(_ command: Command) async throws -> CommandResult {
        var claims = JSONObject()
        var defaultSecret: String?
        if case .jwt(let apiKey, let apiSecret) = state.credentials {
            claims["iss"] = .string(apiKey)
            defaultSecret = apiSecret
        }
        for pair in try texts(command.arguments) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw CommandError.usage("jwt sign: '\(pair)' is not CLAIM=VALUE (e.g. iss=MyApiKey)")
            }
            let text = String(parts[1])
            claims[String(parts[0])] =
                Int64(text).map(JSONValue.int) ?? (try? JSONValue(parsing: text)) ?? .string(text)
        }
        let lifetime = try option(command, "lifetime").map { try DurationParser.interval($0) } ?? .seconds(90)
        let now = Int64(configuration.now().timeIntervalSince1970)
        if claims["iat"] == nil { claims["iat"] = .int(now) }
        if claims["exp"] == nil { claims["exp"] = .int(now + lifetime.components.seconds) }
        let secret: String
        if let variable = try option(command, "secret-env") {
            secret = try await self.secret(named: "secret", variable: variable)
        } else if let defaultSecret {
            secret = defaultSecret
        } else {
            secret = try await self.secret(named: "signing secret", variable: nil)
        }
        let token = try await ZoomJWT.sign(claims, secret: secret)
        return CommandResult(value: .string(token), presentation: .text(token))
    }

    func runJWTDecode(_ command: Command) async throws -> CommandResult {
        let token = try argument(command, 0) ?? ""
        let secret = try option(command, "secret-env").map { variable -> String in
            guard let value = configuration.environment[variable], !value.isEmpty else {
                throw CommandError.usage("jwt decode: the environment variable \(variable) is not set")
            }
            return value
        }
        let decoded = try await ZoomJWT.decode(token, secret: secret, now: configuration.now())
        var value: JSONValue = ["header": decoded.header, "payload": decoded.payload]
        var text = "header  \(decoded.header.compactText)\npayload \(decoded.payload.prettyText)\n"
        if let valid = decoded.signatureValid {
            value["signature_valid"] = .bool(valid)
            text += "signature \(valid ? "valid" : "INVALID")\n"
        }
        if let expiresAt = decoded.expiresAt {
            let expired = decoded.isExpired ?? false
            value["expired"] = .bool(expired)
            text += "expires \(ZoomDateTime.utcString(expiresAt))\(expired ? " (expired)" : "")\n"
        }
        for warning in decoded.warnings { text += "warning: \(warning)\n" }
        if decoded.signatureValid == false {
            // The claims still print (they are what one wants to see), but the check failed.
            render(CommandResult(value: value, presentation: .text(text)))
            throw CommandError.failed(
                "jwt decode: the signature does not match the secret in \(try option(command, "secret-env") ?? "")")
        }
        return CommandResult(value: value, presentation: .text(text))
    }

    func runSDKSignature(_ command: Command) async throws -> CommandResult {
        let id = try meetingID(command)
        let roleText = try option(command, "role")?.lowercased() ?? "attendee"
        let role: MeetingSDKSignature.Role = roleText == "host" ? .host : .attendee
        let lifetime = try option(command, "lifetime").map { try DurationParser.interval($0) }
        var key = try option(command, "key")
        var secret: String?
        switch state.credentials {
        case .s2s(_, let clientID, let clientSecret)?:
            key = key ?? clientID
            secret = clientSecret
        case .jwt(let apiKey, let apiSecret)?:
            key = key ?? apiKey
            secret = apiSecret
        default: break
        }
        if let variable = try option(command, "secret-env") {
            secret = try await self.secret(named: "SDK secret", variable: variable)
        }
        guard let key else {
            throw CommandError.usage("sdk signature: give --key SDK_KEY (no client id in this session)")
        }
        let sdkSecret: String
        if let secret {
            sdkSecret = secret
        } else {
            sdkSecret = try await self.secret(named: "SDK secret", variable: nil)
        }
        let signature = MeetingSDKSignature(
            sdkKey: key, meetingNumber: id, role: role,
            lifetime: lifetime.map { Int($0.components.seconds) } ?? MeetingSDKSignature.defaultLifetime,
            issuedAt: configuration.now())
        let token = try await signature.sign(secret: sdkSecret)
        return CommandResult(value: ["signature": .string(token), "sdkKey": .string(key)], presentation: .text(token))
    }
}
