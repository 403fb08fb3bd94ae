#@ local: Europe/Madrid
# A wall time without a zone is the Zoom user's (New York), in dry-run too, and stays put.
on-error continue
set topic "Zones"
set start 2026-12-01 10:00
create --dry-run
show --json
# Abbreviations and offsets are not zones.
set tz PST
set start 2026-07-01 10:00 BST
# An until day ends in the meeting's zone, whenever the zone is set.
set start 2027-01-18 10:00
set recurrence weekly on mon until 2027-01-31
set tz Asia/Tokyo
occurrences
# A start the new zone skips is refused, as set refuses it.
reset
set topic Gap
set tz Europe/Madrid
set start 2027-03-14 02:30
set tz America/New_York
validate
# An update of a wall-time start keeps the meeting's own zone.
reset
set topic Madrid
set tz Europe/Madrid
set start 2027-01-04 10:00
create
let id = $last.id
reset
set start 2027-01-05 10:00
update $id --dry-run
update $id
assert $last.timezone == Europe/Madrid
assert $last.start_time == 2027-01-05T09:00:00Z
