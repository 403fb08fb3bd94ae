# Bad values are refused at set, with what is allowed; nothing reaches the draft.
# Values from variables are checked when the line runs; written out, a bad enum or on/off
# value or an unknown field is caught before the script runs (see bad-fields.zsh).
on-error continue
let loud = loud
set settings.audio $loud
set duration forever
set duration 2000
let weekly = weekly
set type $weekly
set start 2026-02-30 10:00
set tz Mars/Olympus
let maybe = maybe
set settings.waiting_room $maybe
set recurrence fortnightly
let typo = topc
set $typo "Typo"
let nothing = nothing
unset $nothing
show --json
