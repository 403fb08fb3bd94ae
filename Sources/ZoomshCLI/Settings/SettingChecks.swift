import Foundation
import ZoomShell

/// Checks of setting values that arrive as text (flags, environment variables, profile keys).
/// Each returns nil when the value is fine, else what is wrong and what is allowed.
enum SettingChecks {
    /// An API or OAuth URL: `http` or `https`, with a host, no query or fragment.
    static func urlProblem(_ text: String) -> String? {
        let allowed = "give an http(s) URL such as https://api.zoom.us/v2"
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else {
            return "'\(text)' is not a URL; \(allowed)"
        }
        guard scheme == "http" || scheme == "https" else {
            return "'\(text)' uses \(scheme):, which zoomsh cannot speak; \(allowed)"
        }
        guard let host = url.host, !host.isEmpty else {
            return "'\(text)' has no host; \(allowed)"
        }
        guard url.query == nil, url.fragment == nil else {
            return "'\(text)' has a query or fragment; \(allowed)"
        }
        return nil
    }

    /// An output mode name (any case).
    static func outputMode(_ text: String) -> OutputMode? {
        OutputMode(rawValue: text.lowercased())
    }

    /// What is wrong with an output mode name.
    static func outputProblem(_ text: String) -> String? {
        outputMode(text) == nil ? "'\(text)' is not an output mode; use table, json or plain" : nil
    }

    /// What is wrong with a time zone name: the shell's own rules (IANA names in any case, `UTC`;
    /// no abbreviations such as `PST`).
    static func timeZoneProblem(_ text: String) -> String? {
        do {
            _ = try TimeZoneNames.resolve(text)
            return nil
        } catch {
            return (error as? ValueError)?.message ?? "\(error)"
        }
    }
}
