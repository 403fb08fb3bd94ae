# A failed command leaves the draft, $last and variables as they were.
on-error continue
set topic "Kept"
create
let id = $last.id
get 123
echo "status $status, last is still $last.id"
update 123
show --json
delete 123
delete $id
get $id
echo "status $status"
