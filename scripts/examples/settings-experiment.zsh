# A settings experiment: try combinations offline, look at the exact body, create the meeting,
# change one setting on the live meeting, and clean up.
#
#   zoomsh --sandbox scripts/examples/settings-experiment.zsh

set topic "Settings experiment"
set start tomorrow 15:00
set duration 30

# A webinar-like room: audio by computer only, everyone muted, host video on, and the host
# in control of who is muted. (request_permission_to_unmute_participants would conflict with
# allow_host_control_participant_mute_state: validate refuses the two together.)
set settings.allow_host_control_participant_mute_state on
set settings.audio voip
set settings.mute_upon_entry on
set settings.host_video on
set settings.participant_video off
set settings.join_before_host off
set settings.waiting_room on
validate

# The exact request body, then the request itself without sending it.
show --json
create --dry-run

create
let id = $last.id
assert $last.settings.audio == voip
assert $last.settings.mute_upon_entry == true
assert $last.settings.allow_host_control_participant_mute_state == true

# Only the fields in the draft are sent by update: change one setting and nothing else.
reset
set settings.waiting_room off
update $id
assert $last.settings.waiting_room == false
assert $last.settings.audio == voip
curl

delete $id
