# Bad values are refused at set, with what is allowed; nothing reaches the draft.
on-error continue
set settings.audio loud
set duration forever
set duration 2000
set type weekly
set start 2026-02-30 10:00
set tz Mars/Olympus
set settings.waiting_room maybe
set recurrence fortnightly
set topc "Typo"
unset nothing
show --json
