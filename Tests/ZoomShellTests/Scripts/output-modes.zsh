# The same results in json, table and plain.
set topic "Modes"
set tz Europe/Madrid
set start 2026-03-10 10:00
set duration 30
output table
show
create
let id = $last.id
output plain
get $id
list
output
output json
get $id
print $last.topic
