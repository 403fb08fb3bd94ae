/// The table of every command: what the parser checks before anything runs, what `help`
/// prints and what completion offers.
public enum CommandTable {
    /// The help groups in the order `help` lists them.
    public static let groups = ["Draft", "Zoom", "Auth", "Scripting", "Output", "Shell"]

    /// The meeting list types of `list`.
    public static let listTypes = ["scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings"]

    static let dryRun = OptionSpec.flag("dry-run", help: "print the request instead of sending it")
    static let meetingID = ArgumentSpec("MEETING_ID", help: "a meeting id (digits)")

    /// Every command.
    public static let commands: [CommandSpec] = draft + zoom + auth + scripting + output + shell

    static let draft: [CommandSpec] = [
        CommandSpec(
            name: "set", group: "Draft", summary: "set a field of the meeting draft",
            examples: [
                "set topic \"Weekly sync\"", "set start tomorrow 10:00", "set settings.audio voip",
                "set recurrence weekly on mon,wed until 2027-01-31",
            ],
            arguments: [ArgumentSpec("FIELD"), ArgumentSpec("VALUE", isVariadic: true)], form: .verbatim),
        CommandSpec(
            name: "unset", group: "Draft", summary: "remove fields from the draft",
            examples: ["unset settings.waiting_room"], arguments: [ArgumentSpec("FIELD", isVariadic: true)]),
        CommandSpec(name: "reset", group: "Draft", summary: "empty the draft", examples: ["reset"]),
        CommandSpec(
            name: "show", group: "Draft", summary: "show the draft; --json prints the exact request body",
            examples: ["show", "show --json"], options: [.flag("json", help: "the exact request body")]),
        CommandSpec(
            name: "validate", group: "Draft",
            summary: "check the draft offline: types, enums, lengths, ranges, combinations",
            examples: ["validate", "validate --update"],
            options: [.flag("update", help: "check it as the body of an update (PATCH)")]),
        CommandSpec(
            name: "occurrences", group: "Draft", summary: "list the dates the draft's recurrence produces",
            examples: ["occurrences", "occurrences 5"], arguments: [ArgumentSpec("N", isOptional: true)]),
        CommandSpec(
            name: "load", group: "Draft", summary: "copy an existing meeting into the draft",
            examples: ["load 85746065432"], options: [dryRun], arguments: [meetingID]),
    ]

    static let zoom: [CommandSpec] = [
        CommandSpec(
            name: "create", group: "Zoom", summary: "create a meeting from the draft",
            examples: ["create", "create --dry-run"],
            options: [dryRun, .value("host", "USER", help: "create it for this user instead of the session's host")]),
        CommandSpec(
            name: "get", group: "Zoom", summary: "show a meeting", examples: ["get 85746065432"],
            options: [
                .value("occurrence", "OCCURRENCE_ID", help: "one occurrence of a recurring meeting"),
                .flag("previous", help: "include past occurrences"), dryRun,
            ], arguments: [meetingID]),
        CommandSpec(
            name: "list", group: "Zoom", summary: "list the host's meetings",
            examples: ["list", "list upcoming --limit 10", "list scheduled --from today --to +30d --all"],
            options: [
                .value("from", "DATE", help: "first day (yyyy-mm-dd, today, tomorrow, +7d)"),
                .value("to", "DATE", help: "last day"),
                .flag("all", help: "follow every page"),
                .value("limit", "N", help: "at most N meetings (pages are followed as needed)"),
                .value("host", "USER", help: "list this user's meetings"), dryRun,
            ], arguments: [ArgumentSpec("TYPE", isOptional: true, choices: listTypes)]),
        CommandSpec(
            name: "update", group: "Zoom", summary: "change a meeting: PATCH of the fields set in the draft",
            examples: ["update 85746065432"],
            options: [.value("occurrence", "OCCURRENCE_ID", help: "change one occurrence only"), dryRun],
            arguments: [meetingID]),
        CommandSpec(
            name: "delete", group: "Zoom", summary: "delete a meeting or one of its occurrences",
            examples: ["delete 85746065432", "delete 85746065432 --occurrence 1764583200000"],
            options: [
                .value("occurrence", "OCCURRENCE_ID", help: "delete this occurrence only"),
                .flag("notify", help: "email the host and alternative hosts about the cancellation"),
                .flag("notify-registrants", help: "email the registrants about the cancellation"), dryRun,
            ], arguments: [meetingID]),
        CommandSpec(
            name: "end", group: "Zoom", summary: "end a meeting that is running", examples: ["end 85746065432"],
            options: [dryRun], arguments: [meetingID]),
        CommandSpec(
            name: "invite", group: "Zoom", summary: "print a meeting's invitation", examples: ["invite 85746065432"],
            options: [dryRun], arguments: [meetingID]),
        CommandSpec(
            name: "whoami", group: "Zoom", summary: "show the user requests act as", examples: ["whoami"],
            options: [dryRun]),
        CommandSpec(
            name: "api", group: "Zoom", summary: "send any request to Zoom's API (path below /v2)",
            examples: [
                "api GET /users/me", "api GET /users/me/meetings --query type=live",
                "api PATCH /meetings/85746065432 '{\"topic\":\"Renamed\"}'",
            ],
            options: [.value("query", "NAME=VALUE", help: "a query item (repeatable)"), dryRun],
            arguments: [
                ArgumentSpec("METHOD", choices: ["GET", "POST", "PATCH", "PUT", "DELETE"]), ArgumentSpec("PATH"),
                ArgumentSpec("JSON", isOptional: true, isVariadic: true),
            ]),
    ]

    static let auth: [CommandSpec] = [
        CommandSpec(
            name: "auth", group: "Auth",
            summary: "show or change how zoomsh authenticates (secrets are asked with echo off)",
            examples: ["auth", "auth s2s ACCOUNT_ID CLIENT_ID", "auth token"],
            subcommands: [
                CommandSpec(
                    name: "s2s", summary: "use a Server-to-Server OAuth app",
                    examples: ["auth s2s AbC123 xyzClientId"],
                    options: [.value("secret-env", "VARIABLE", help: "read the client secret from this variable")],
                    arguments: [ArgumentSpec("ACCOUNT_ID"), ArgumentSpec("CLIENT_ID")]),
                CommandSpec(
                    name: "jwt", summary: "use a legacy JWT app (Zoom retired them in 2023)",
                    examples: ["auth jwt MyApiKey"],
                    options: [.value("secret-env", "VARIABLE", help: "read the API secret from this variable")],
                    arguments: [ArgumentSpec("API_KEY")]),
                CommandSpec(
                    name: "token", summary: "use a bearer token you already have",
                    examples: ["auth token", "auth token --env ZOOM_ACCESS_TOKEN"],
                    options: [.value("env", "VARIABLE", help: "read the token from this variable")]),
                CommandSpec(
                    name: "refresh", summary: "drop the cached token and get a new one", examples: ["auth refresh"]),
            ]),
        CommandSpec(
            name: "profile", group: "Auth", summary: "list profiles, or switch to one",
            examples: ["profile", "profile work"], arguments: [ArgumentSpec("NAME", isOptional: true)]),
        CommandSpec(
            name: "jwt", group: "Auth", summary: "sign or decode a JWT",
            examples: ["jwt decode $token", "jwt sign --secret-env SECRET iss=abc"],
            subcommands: [
                CommandSpec(
                    name: "sign", summary: "sign claims with HS256 (exp in seconds)",
                    examples: ["jwt sign iss=MyKey", "jwt sign --lifetime 5m --secret-env ZOOM_API_SECRET iss=MyKey"],
                    options: [
                        .value("secret-env", "VARIABLE", help: "the variable holding the secret"),
                        .value("lifetime", "DURATION", help: "exp = now + DURATION (default 90s)"),
                    ], arguments: [ArgumentSpec("CLAIM=VALUE", isOptional: true, isVariadic: true)]),
                CommandSpec(
                    name: "decode", summary: "print a JWT's header and claims (and check it with --secret-env)",
                    examples: ["jwt decode eyJhbGciOi…"],
                    options: [
                        .value("secret-env", "VARIABLE", help: "verify the signature with this variable's value")
                    ],
                    arguments: [ArgumentSpec("TOKEN")]),
            ], requiresSubcommand: true),
        CommandSpec(
            name: "sdk", group: "Auth", summary: "make a Meeting SDK signature",
            examples: ["sdk signature 85746065432 --role attendee"],
            subcommands: [
                CommandSpec(
                    name: "signature", summary: "a Meeting SDK JWT for a meeting number",
                    examples: ["sdk signature 85746065432 --role host --lifetime 2h"],
                    options: [
                        .value("role", "ROLE", choices: ["host", "attendee"], help: "host (1) or attendee (0)"),
                        .value("lifetime", "DURATION", help: "30m to 48h (default 2h)"),
                        .value("key", "SDK_KEY", help: "the SDK key or client id (default: the session's client id)"),
                        .value("secret-env", "VARIABLE", help: "the variable holding the SDK secret"),
                    ], arguments: [meetingID])
            ], requiresSubcommand: true),
    ]

    static let scripting: [CommandSpec] = [
        CommandSpec(
            name: "let", group: "Scripting", summary: "set a variable; a lone $reference keeps its JSON",
            examples: ["let id = $last.id", "let title = \"Sync $1\""], form: .assignment),
        CommandSpec(
            name: "echo", group: "Scripting", summary: "print words", examples: ["echo \"created $last.id\""],
            arguments: [ArgumentSpec("WORD", isOptional: true, isVariadic: true)], form: .verbatim),
        CommandSpec(
            name: "print", group: "Scripting", summary: "print a value; JSON keeps its shape",
            examples: ["print $last.settings"], arguments: [ArgumentSpec("VALUE", isVariadic: true)],
            form: .verbatim),
        CommandSpec(
            name: "assert", group: "Scripting", summary: "fail unless the comparison holds",
            examples: ["assert $last.duration == 45", "assert $last.join_url contains zoom"],
            arguments: [
                ArgumentSpec("A"), ArgumentSpec("OP", choices: ["==", "!=", "contains"]), ArgumentSpec("B"),
            ], form: .verbatim),
        CommandSpec(
            name: "source", group: "Scripting", summary: "run a script file in this session",
            examples: ["source team.zsh 2026-12-01"],
            arguments: [ArgumentSpec("FILE"), ArgumentSpec("ARG", isOptional: true, isVariadic: true)],
            form: .verbatim),
        CommandSpec(
            name: "on-error", group: "Scripting", summary: "stop a script at the first error, or go on",
            examples: ["on-error continue"], arguments: [ArgumentSpec("MODE", choices: ["stop", "continue"])]),
        CommandSpec(
            name: "sleep", group: "Scripting", summary: "wait (2s, 500ms, 1m)", examples: ["sleep 2s"],
            arguments: [ArgumentSpec("DURATION")]),
        CommandSpec(
            name: "exit", group: "Scripting", summary: "leave with an exit code (default: $status)",
            examples: ["exit", "exit 1"], arguments: [ArgumentSpec("N", isOptional: true)]),
    ]

    static let onOff = ["on", "off"]

    static let output: [CommandSpec] = [
        CommandSpec(
            name: "output", group: "Output", summary: "choose how results print (no argument: show it)",
            examples: ["output json"],
            arguments: [ArgumentSpec("MODE", isOptional: true, choices: OutputMode.allCases.map(\.rawValue))]),
        CommandSpec(
            name: "dry-run", group: "Output", summary: "print requests instead of sending them",
            examples: ["dry-run on"], arguments: [ArgumentSpec("on|off", isOptional: true, choices: onOff)]),
        CommandSpec(
            name: "curl", group: "Output", summary: "print the last request as a curl command (token as $ZOOM_TOKEN)",
            examples: ["curl"]),
        CommandSpec(
            name: "trace", group: "Output", summary: "print HTTP requests and responses, secrets redacted",
            examples: ["trace on"], arguments: [ArgumentSpec("on|off", isOptional: true, choices: onOff)]),
    ]

    static let shell: [CommandSpec] = [
        CommandSpec(
            name: "history", group: "Shell", summary: "list lines typed in earlier sessions",
            examples: ["history 20"], arguments: [ArgumentSpec("N", isOptional: true)]),
        CommandSpec(
            name: "help", aliases: ["?"], group: "Shell", summary: "list commands, or explain one",
            examples: ["help", "help set", "help auth s2s", "help settings", "help start"],
            arguments: [ArgumentSpec("TOPIC", isOptional: true, isVariadic: true)]),
        CommandSpec(name: "version", group: "Shell", summary: "print zoomsh's version", examples: ["version"]),
        CommandSpec(name: "quit", group: "Shell", summary: "leave the shell", examples: ["quit"]),
    ]

    /// The parser for this table.
    public static let parser = ScriptParser(commands: commands)
}
