# list with types, dates and limits.
set topic "Early"
set start 2026-03-06 09:00
create
set topic "Middle"
set start 2026-03-20 09:00
create
set topic "Late"
set start 2026-04-20 09:00
create
list
list upcoming --limit 2
list scheduled --from 2026-03-10 --to 2026-03-31
list --all --from today --to +7d
list previous_meetings
list --all --limit 2
