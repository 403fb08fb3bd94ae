import ZoomModels

/// The variables a word can name: `let` variables, `$last`, `$status`, `$host`, `$draft`,
/// and the script's arguments `$1`…, `$#` (their count), `$@` (all of them).
struct SessionVariables: VariableProvider {
    var state: SessionState

    /// The names always available, besides `let` variables.
    static let builtinNames = ["last", "status", "host", "draft", "output", "profile"]

    func value(of name: String) -> JSONValue? {
        if let position = Int(name) {
            guard position >= 1, position <= state.script.arguments.count else { return nil }
            return .string(state.script.arguments[position - 1])
        }
        switch name {
        case "#": return .int(Int64(state.script.arguments.count))
        case "@": return .string(state.script.arguments.joined(separator: " "))
        case "?", "status": return .int(state.script.status)
        case "last": return state.script.variables["last"] ?? state.script.last
        case "host": return state.script.variables["host"] ?? .string(state.host)
        case "draft": return state.script.variables["draft"] ?? .object(state.derivedDraft(in: state.meetingZone).body)
        case "output": return state.script.variables["output"] ?? .string(state.modes.output.rawValue)
        case "profile": return state.script.variables["profile"] ?? state.account.profileName.map(JSONValue.string)
        default: return state.script.variables[name]
        }
    }

    /// The names that have a value now (so "did you mean" never offers an unset `$last`).
    var variableNames: [String] {
        var names =
            Self.builtinNames.filter { value(of: $0) != nil }
            + state.script.variables.keys.sorted()
            .filter { !Self.builtinNames.contains($0) }
        if !state.script.arguments.isEmpty { names += (1...state.script.arguments.count).map(String.init) }
        return names
    }
}
