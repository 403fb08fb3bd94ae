# set, unset, reset and show --json: the draft is the create body.
set topic "Draft only"
set duration 45m
set passcode abc123
set settings.audio voip
set settings.mute_upon_entry yes
set settings.auto_recording cloud
show --json
unset passcode settings.mute_upon_entry
show --json
print $draft.settings
reset
show --json
set type 2
set pre_schedule off
show --json
