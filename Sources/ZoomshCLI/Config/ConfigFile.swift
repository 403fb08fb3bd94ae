import Foundation
import TOMLKit
import ZoomShell

/// The parsed `config.toml`: a default profile name and named profiles.
public struct ConfigFile: Sendable, Hashable {
    /// Where it was read from.
    public var path: String
    /// `default_profile`, if set.
    public var defaultProfile: String?
    /// The profiles, by name.
    public var profiles: [String: Profile]

    /// The profile names, sorted.
    public var profileNames: [String] { profiles.keys.sorted() }

    /// Reads and checks the file at `path`; nil when there is no such file.
    ///
    /// A file holding a secret must not be readable by group or others: it is refused with
    /// the `chmod 600` to run.
    public static func load(path: String) throws(ConfigError) -> ConfigFile? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw ConfigError("the config file \(path) is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("cannot read the config file \(path): permission denied")
        }
        let config = try parse(String(decoding: data, as: UTF8.self), path: path)
        if config.profiles.values.contains(where: \.holdsSecret) {
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
                let mode = String(info.st_mode & 0o777, radix: 8)
                throw ConfigError(
                    "the config file \(path) holds a secret and is open to group or others (mode \(mode)); "
                        + "run: chmod 600 \(path)")
            }
        }
        return config
    }

    /// Parses config text; `path` is used in messages.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                "\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        } catch {
            throw ConfigError("\(path): not valid TOML: \(error)")
        }
        var config = ConfigFile(path: path, defaultProfile: nil, profiles: [:])
        for key in table.keys {
            switch key {
            case "default_profile":
                guard let name = table[key]?.string else {
                    throw ConfigError("\(path): default_profile must be a string (a profile name)")
                }
                config.defaultProfile = name
            case "profiles":
                guard let profiles = table[key]?.table else {
                    throw ConfigError("\(path): profiles must be tables: [profiles.NAME]")
                }
                for name in profiles.keys {
                    guard let values = profiles[name]?.table else {
                        throw ConfigError("\(path): profiles.\(name) must be a table: [profiles.\(name)]")
                    }
                    config.profiles[name] = try profile(name: name, values, path: path)
                }
            default:
                throw ConfigError(
                    "\(path): unknown key '\(key)'\(suggestion(key, ["default_profile", "profiles"])); "
                        + "allowed at the top: default_profile, [profiles.NAME]")
            }
        }
        if let name = config.defaultProfile, config.profiles[name] == nil {
            throw ConfigError(
                "\(path): default_profile '\(name)' names no [profiles.\(name)] table; profiles: "
                    + (config.profileNames.isEmpty ? "none" : config.profileNames.joined(separator: ", ")))
        }
        return config
    }

    static func profile(name: String, _ values: TOMLTable, path: String) throws(ConfigError) -> Profile {
        var profile = Profile(name: name)
        for key in values.keys {
            guard Profile.keys.contains(key) else {
                throw ConfigError(
                    "\(path): [profiles.\(name)] unknown key '\(key)'\(suggestion(key, Profile.keys)); "
                        + "allowed: \(Profile.keys.joined(separator: ", "))")
            }
            guard let value = values[key]?.string else {
                throw ConfigError("\(path): [profiles.\(name)] \(key) must be a string")
            }
            if let problem = problem(key: key, value: value) {
                throw ConfigError("\(path): [profiles.\(name)] \(key): \(problem)")
            }
            profile.set(key, value)
        }
        return profile
    }

    /// What is wrong with a profile value, if anything. Never quotes a secret.
    static func problem(key: String, value: String) -> String? {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "is empty" }
        switch key {
        case "api_url", "oauth_url": return SettingChecks.urlProblem(value)
        case "timezone": return SettingChecks.timeZoneProblem(value)
        case "output": return SettingChecks.outputProblem(value)
        default: return nil
        }
    }

    static func suggestion(_ word: String, _ candidates: [String]) -> String {
        guard let near = DidYouMean.suggestion(for: word, among: candidates) else { return "" }
        return " (did you mean '\(near)'?)"
    }
}
