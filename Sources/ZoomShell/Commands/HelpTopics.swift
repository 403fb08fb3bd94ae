/// Help texts for what `help` explains beyond commands and catalog fields: how to write times
/// and recurrences, and the session words `host` and `until`.
enum HelpTopics {
    /// How a start time may be written (`help start`, `help time`).
    static let timeForms = """
        2026-12-01 10:00 · 2026-12-01T10:00 (wall time in the meeting's zone, sent with timezone)
        2026-12-01T10:00Z · 2026-12-01 10:00 +05:30 · … UTC (an instant, sent as UTC)
        2026-12-01 10:00 Europe/Madrid (wall time there; the draft's timezone becomes Madrid)
        today 15:00 · tomorrow 9:30am · monday 10:00 · next monday 10:00 · 10:00 · noon
        now · in 2h · in 90m · in 1h30m · in 2d
        a time in a spring-forward gap is refused; one that happens twice takes the first
        """

    /// How `set recurrence` is written (`help recurrence`).
    static let recurrenceForms = """
        set recurrence daily|weekly|monthly CLAUSE…, clauses in any order, each once:
          every N                      repeat_interval (days ≤ 99, weeks ≤ 50, months ≤ 10)
          on mon,wed · weekdays        weekly_days (weekly)
          day 15                       monthly_day (monthly)
          first…fourth|last WEEKDAY    monthly_week + monthly_week_day (monthly)
          times N                      end_times (≤ 60)
          until DAY                    end_date_time: the end of DAY in the meeting's zone
        e.g. weekly on mon,wed until 2027-01-31 · daily every 2 times 10 · monthly last fri times 6
        the meeting becomes type 8 (recurring, fixed time) unless a type was set
        """

    /// Topics that are not catalog fields, by the word asked for.
    static let words: [String: (headline: String, text: String)] = [
        "host": (
            "host",
            """
            the Zoom user meetings are created for and listed of (default `me`): a user id or an
            email, e.g. `set host anna@example.com`; `create --host` and `list --host` change it
            for one command
            """
        ),
        "until": (
            "until",
            """
            the last day a recurrence runs: `set until 2027-01-31` (or `… until DAY` in `set recurrence`)
            sets recurrence.end_date_time to the end of that day in the meeting's zone; days are
            yyyy-mm-dd, today, tomorrow, +7d, -2w, a weekday or next monday
            """
        ),
        "time": ("time forms", timeForms),
        "times": ("time forms", timeForms),
    ]
}
