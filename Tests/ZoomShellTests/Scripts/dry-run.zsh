# create --dry-run and dry-run on send nothing and print the request.
set topic "Dry"
set start 2026-03-12 11:00
create --dry-run
curl
dry-run on
create
update 80007919333
delete 80007919333 --occurrence 1773046800000
end 80007919333
api POST /users/me/meetings '{"topic":"raw"}'
dry-run
dry-run off
list
