# The recurrence mini-syntax, the occurrences it gives, and a recurring meeting in the sandbox.
set tz Europe/Madrid
set start next monday 10:00
set duration 30
set recurrence weekly on mon,wed until 2026-03-31
show --json
occurrences
set recurrence daily every 2 times 3
occurrences
set recurrence monthly day 15 times 2
occurrences
set recurrence monthly last fri times 2
occurrences
set topic "Book club"
create
let id = $last.id
assert $last.type == 8
assert $last.recurrence.monthly_week == -1
print $last.occurrences
delete $id --occurrence $last.occurrences.0.occurrence_id
get $id
