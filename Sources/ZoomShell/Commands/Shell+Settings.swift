import Foundation
import ZoomKit
import ZoomModels

extension Shell {
    func runOutput(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else {
            return CommandResult(text: "output \(state.outputMode.rawValue)", value: .string(state.outputMode.rawValue))
        }
        guard let mode = OutputMode(rawValue: text.lowercased()) else {
            throw CommandError.usage("output: '\(text)' is not a mode; use table, json or plain")
        }
        state.outputMode = mode
        return .quiet(note: "output \(mode.rawValue)")
    }

    func runDryRun(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else {
            return CommandResult(text: "dry-run \(state.dryRun ? "on" : "off")", value: .bool(state.dryRun))
        }
        state.dryRun = try onOff(text, command: "dry-run")
        return .quiet(note: state.dryRun ? "dry-run on: requests are printed, not sent" : "dry-run off")
    }

    func runTrace(_ command: Command) throws -> CommandResult {
        guard let text = try argument(command, 0) else {
            return CommandResult(text: "trace \(traceSwitch.isOn ? "on" : "off")", value: .bool(traceSwitch.isOn))
        }
        traceSwitch.isOn = try onOff(text, command: "trace")
        return .quiet(
            note: traceSwitch.isOn ? "trace on: HTTP traffic goes to standard error, secrets redacted" : "trace off")
    }

    func onOff(_ text: String, command: String) throws -> Bool {
        switch text.lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default: throw CommandError.usage("\(command): '\(text)' is not on or off")
        }
    }

    func runCurl() throws -> CommandResult {
        guard let request = state.lastRequest else {
            throw CommandError.usage("curl: no request was made yet in this session")
        }
        let text = CurlCommand.render(request)
        return CommandResult(value: .string(text), presentation: .text(text), setsLast: false)
    }

    func runHistory(_ command: Command) throws -> CommandResult {
        guard let entries = configuration.historyEntries?() else {
            throw CommandError.usage("history: this session keeps no history (it is not interactive)")
        }
        var shown = entries
        if let text = try argument(command, 0) {
            guard let count = Int(text), count > 0 else {
                throw CommandError.usage("history: '\(text)' is not a count; give a whole number above 0")
            }
            shown = Array(entries.suffix(count))
        }
        let first = entries.count - shown.count + 1
        let text = shown.enumerated().map { String(format: "%5d  ", first + $0.offset) + $0.element }.joined(
            separator: "\n")
        return CommandResult(value: .array(shown.map(JSONValue.string)), presentation: .text(text), setsLast: false)
    }
}
