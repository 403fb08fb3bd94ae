import ZoomModels

/// The one on/off rule of the language: the words `set` takes for a boolean field are the words
/// `dry-run` and `trace` take, and the checker accepts exactly what the commands accept.
enum OnOff {
    /// The `on|off` argument of a switch command, every boolean word allowed.
    static let argument = ArgumentSpec("on|off", isOptional: true, choices: BooleanWords.all)

    /// The switch's value for `text`, or a usage error naming the words allowed.
    static func parse(_ text: String, command: String) throws -> Bool {
        guard let value = BooleanWords.value(of: text) else {
            throw CommandError.usage(
                "\(command): '\(text)' is not on or off; use \(BooleanWords.all.joined(separator: ", "))")
        }
        return value
    }
}

extension Shell {
    /// A switch command (`dry-run`, `trace`): without an argument it says whether it is on;
    /// with one it turns it on or off.
    func runSwitch(_ command: Command, isOn: Bool, set: (Bool) -> Void, noteOn: String) throws -> CommandResult {
        let name = command.name
        guard let text = try argument(command, 0) else {
            return CommandResult(text: "\(name) \(isOn ? "on" : "off")", value: .bool(isOn))
        }
        let value = try OnOff.parse(text, command: name)
        set(value)
        return .quiet(note: value ? noteOn : "\(name) off")
    }
}
