/// Every command of the language, and what is derived from them: the spec tree the parser
/// checks against, the units dispatch runs, the groups help lists.
///
/// Adding a command is adding its unit to `units` (or to its parent's `subcommands`).
enum CommandRegistry {
    /// The top-level units, in the order `help` lists them within their group.
    static let units: [any ShellCommand.Type] = [
        // Draft
        SetField.self, UnsetField.self, ResetDraft.self, ShowDraft.self, ValidateDraft.self,
        ListOccurrences.self, LoadMeeting.self,
        // Zoom
        CreateMeeting.self, GetMeeting.self, ListMeetings.self, UpdateMeeting.self, DeleteMeeting.self,
        EndMeeting.self, InviteMeeting.self, Whoami.self, RawAPI.self,
        // Auth
        AuthShow.self, ProfileSwitch.self, JWTTool.self, SDKTool.self,
        // Scripting
        LetVariable.self, Echo.self, Print.self, Assert.self, Source.self, OnError.self, Sleep.self, Exit.self,
        // Output
        OutputModeCommand.self, DryRunSwitch.self, Curl.self, TraceSwitchCommand.self,
        // Shell
        History.self, Help.self, Version.self, Quit.self,
    ]

    /// The help groups in the order `help` lists them.
    static let groups = ["Draft", "Zoom", "Auth", "Scripting", "Output", "Shell"]

    /// The specs of the top-level commands, their subcommands attached.
    static let commands: [CommandSpec] = units.map(tree)

    /// The unit for a command's full name (`create`, `auth s2s`, `list users`).
    static let byName: [String: any ShellCommand.Type] = {
        var table: [String: any ShellCommand.Type] = [:]
        func add(_ unit: any ShellCommand.Type, prefix: String) {
            let name = prefix + unit.spec.name
            precondition(table[name] == nil, "two commands are called '\(name)'")
            table[name] = unit
            for sub in unit.subcommands { add(sub, prefix: name + " ") }
        }
        for unit in units { add(unit, prefix: "") }
        return table
    }()

    /// The parser for these commands, with the units' own checks and secret probes.
    static let parser = ScriptParser(
        commands: commands,
        hooks: CommandHooks(
            checks: byName.mapValues { unit in { @Sendable command, checker in unit.check(command, &checker) } },
            secretProbes: byName.mapValues { unit in { @Sendable words in unit.holdsSecret(words) } }))

    /// The unit for `command` (the parser only lets through names the registry knows).
    static func unit(for command: Command) -> (any ShellCommand.Type)? { byName[command.name] }

    private static func tree(_ unit: any ShellCommand.Type) -> CommandSpec {
        var spec = unit.spec
        spec.subcommands = unit.subcommands.map(tree)
        return spec
    }
}
