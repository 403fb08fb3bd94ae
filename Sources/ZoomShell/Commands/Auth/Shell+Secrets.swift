import Foundation

extension Shell {
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
}
