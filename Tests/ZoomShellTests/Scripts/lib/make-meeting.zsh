# Creates one meeting: $1 topic, $2 day, $3 minutes.
reset
set topic $1
set start "$2 15:00"
set duration $3
create
let made = $last.id
echo "created $1 ($# arguments)"
