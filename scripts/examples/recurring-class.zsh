# A recurring class: Monday, Wednesday and Friday at 18:00 New York time, twelve sessions,
# with one session cancelled for a holiday and another moved.
#
#   zoomsh --sandbox scripts/examples/recurring-class.zsh

set topic "Spanish for beginners"
set timezone America/New_York
set start next monday 18:00
set duration 1h
set recurrence weekly on mon,wed,fri times 12
set settings.join_before_host off
set settings.waiting_room on

# The dates the recurrence produces, before creating anything.
occurrences

create
let class = $last.id
assert $last.occurrences.11.status == available

# No class on the fourth session (a holiday): delete that occurrence only.
let holiday = $last.occurrences.3.occurrence_id
delete $class --occurrence $holiday

# The sixth session starts an hour later: update that occurrence only.
get $class
let later = $last.occurrences.5.occurrence_id
reset
set timezone America/New_York
set start 2026-03-20 19:00
update $class --occurrence $later

get $class
echo "class $class: $last.occurrences.3.occurrence_id is $last.occurrences.3.status"
