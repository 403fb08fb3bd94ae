# Weekly team sync: every Tuesday at 10:00 Madrid time for the next sixteen weeks.
#
#   zoomsh --sandbox scripts/examples/weekly-team-sync.zsh
#
# The start is typed as Madrid wall time: zoomsh sends it as "yyyy-MM-ddT10:00:00" together with
# "timezone": "Europe/Madrid", so the meeting stays at 10:00 when the clocks change.

set topic "Team sync"
set agenda "Wins, blockers, next steps"
set timezone Europe/Madrid
set start next tuesday 10:00
set duration 45m
set recurrence weekly on tue until +16w
set settings.waiting_room on
set settings.mute_upon_entry on
set settings.auto_recording cloud

# Check it offline before anything is sent; show the first dates.
validate
occurrences 4

create
let id = $last.id
assert $last.type == 8
assert $last.timezone == Europe/Madrid
assert $last.settings.waiting_room == true

echo "Team sync $id: $last.join_url"
echo "$last.occurrences.0.start_time is the first session (UTC)"
