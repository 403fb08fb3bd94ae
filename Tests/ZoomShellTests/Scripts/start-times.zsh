# How starts are read and sent: local wall time plus timezone, or UTC when an offset is typed.
set start 2026-03-10 09:00
show --json
set tz Asia/Kolkata
show --json
set start 2026-03-10T09:00:00Z
show --json
set start 2026-03-10 09:00 +05:30
show --json
unset timezone
set start tomorrow 8am
show --json
set start today 18:30
show --json
set start next friday 14:00 Europe/Madrid
show --json
set start in 2h
show --json
