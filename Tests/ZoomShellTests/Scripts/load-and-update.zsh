# load copies a meeting into the draft (without read-only fields); update sends only the draft.
set topic "Original"
set tz America/Los_Angeles
set start 2026-03-11 10:00
set duration 30
set settings.waiting_room on
create
let id = $last.id
reset
load $id
show --json
set duration 90
update $id
assert $last.duration == 90
assert $last.timezone == America/Los_Angeles
reset
set topic "Renamed"
update $id --dry-run
update $id
curl
get $id
