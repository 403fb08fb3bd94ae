/// Options and arguments that several commands share, declared once.
enum CommonOptions {
    /// `--dry-run`: print the request instead of sending it.
    static let dryRun = OptionSpec.flag("dry-run", help: "print the request instead of sending it")

    /// `--host USER`, with this command's own help line.
    static func host(help: String) -> OptionSpec { .value("host", "USER", help: help) }
}

/// Positional arguments that several commands share.
enum CommonArguments {
    /// A meeting id (digits), completed from the meetings seen in the session.
    static let meetingID = ArgumentSpec("MEETING_ID", help: "a meeting id (digits)", completion: .meetingID)
}
