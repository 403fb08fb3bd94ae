# One one-on-one: $1 the person, $2 the day (2026-03-09, tomorrow, next monday…), $3 the time
# (HH:MM, New York).
reset
set topic "1:1 with $1"
set timezone America/New_York
set start "$2 $3"
set duration 30
set settings.waiting_room on
create
assert $last.topic == "1:1 with $1"
echo "$1: $last.join_url"
