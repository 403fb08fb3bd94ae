# A recurring class: Monday, Wednesday and Friday at 18:00 New York time, twelve sessions,
# with one session cancelled for a holiday and another one longer.
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

# The sixth session is a 90-minute exam: update that occurrence only.
get $class
let exam = $last.occurrences.5.occurrence_id
reset
set duration 90
update $class --occurrence $exam

get $class
echo "class $class: session 4 is $last.occurrences.3.status, session 6 lasts $last.occurrences.5.duration min"
