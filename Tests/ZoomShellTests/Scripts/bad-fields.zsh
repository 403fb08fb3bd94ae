# A written-out FIELD that is not a field, or an enum or on/off value that is not allowed, is
# caught when the script is parsed: nothing runs and nothing is sent (exit 2).
set topic "Never sent"
create
set topc "Typo"
set type weekly
set settings.waiting_room maybe
unset nothing
