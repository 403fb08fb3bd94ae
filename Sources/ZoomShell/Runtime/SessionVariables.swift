import ZoomModels

/// The variables a word can name: `let` variables, `$last`, `$status`, `$host`, `$draft`,
/// and the script's arguments `$1`…, `$#` (their count), `$@` (all of them).
struct SessionVariables: VariableProvider {
    var state: SessionState

    /// The names always available, besides `let` variables.
    static let builtinNames = ["last", "status", "host", "draft", "output", "profile"]

    func value(of name: String) -> JSONValue? {
        if let position = Int(name) {
            guard position >= 1, position <= state.arguments.count else { return nil }
            return .string(state.arguments[position - 1])
        }
        switch name {
        case "#": return .int(Int64(state.arguments.count))
        case "@": return .string(state.arguments.joined(separator: " "))
        case "?", "status": return .int(state.status)
        case "last": return state.variables["last"] ?? state.last
        case "host": return state.variables["host"] ?? .string(state.host)
        case "draft": return state.variables["draft"] ?? .object(state.derivedDraft(in: state.meetingZone).body)
        case "output": return state.variables["output"] ?? .string(state.outputMode.rawValue)
        case "profile": return state.variables["profile"] ?? state.profileName.map(JSONValue.string)
        default: return state.variables[name]
        }
    }

    /// The names that have a value now (so "did you mean" never offers an unset `$last`).
    var variableNames: [String] {
        var names =
            Self.builtinNames.filter { value(of: $0) != nil }
            + state.variables.keys.sorted()
            .filter { !Self.builtinNames.contains($0) }
        if !state.arguments.isEmpty { names += (1...state.arguments.count).map(String.init) }
        return names
    }
}
