/// Help texts for what `help` explains beyond commands and catalog fields: how to write times
/// and recurrences, and the special words of `set` (`host`, `until`: see `DraftSpecialField`).
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
    static let words: [String: (headline: String, text: String)] = {
        var words: [String: (headline: String, text: String)] = [
            "time": ("time forms", timeForms), "times": ("time forms", timeForms),
        ]
        for field in DraftSpecialField.allCases { if let help = field.help { words[field.rawValue] = help } }
        return words
    }()
}
