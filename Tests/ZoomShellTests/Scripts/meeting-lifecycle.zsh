# A meeting from draft to deletion: create, get, update, delete.
set topic "Quarterly planning"
set tz Europe/Madrid
set start next monday 10:00
set duration 1h30m
set agenda "Goals, budget, hiring"
set settings.waiting_room on
show --json
create
let id = $last.id
assert $last.topic == "Quarterly planning"
assert $last.start_time == 2026-03-09T09:00:00Z
get $id
assert $last.id == $id
reset
set duration 60
update $id
assert $last.duration == 60
assert $last.agenda == "Goals, budget, hiring"
delete $id
