# invite prints the invitation; end needs a meeting that is running.
on-error continue
set topic "All hands"
set start 2026-03-10 12:00
create
let id = $last.id
invite $id
end $id
end 999
