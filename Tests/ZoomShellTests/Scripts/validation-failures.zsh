# validate and create refuse a draft with problems; the draft is kept and $status says 1.
on-error continue
set topic "Conflicting"
set type scheduled
set recurrence daily times 2
set settings.allow_host_control_participant_mute_state on
set settings.request_permission_to_unmute_participants on
validate
create
echo "status after create: $status"
show --json
unset recurrence settings.request_permission_to_unmute_participants
validate
create
echo "status after create: $status"
