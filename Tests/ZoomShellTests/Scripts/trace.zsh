# trace on prints each request and response on standard error; the token never appears.
trace on
set topic "Traced"
create
trace off
get $last.id
trace
