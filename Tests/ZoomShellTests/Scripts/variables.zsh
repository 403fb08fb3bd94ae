#@ args: ["Design review", "50"]
# Script arguments, let, $last paths, quoting: what words expand to.
echo "$# arguments: $@"
echo "first: $1, second: $2"
let topic = $1
let minutes = $2
set topic $topic
set duration $minutes
create
let meeting = $last
let id = $last.id
let label = "$topic ($last.duration min)"
print $meeting.settings.audio
print ${meeting.topic}
print $label
echo '$label is not expanded in single quotes'
echo "escaped \$label, a tab\tand a quote \""
echo plain words   are joined   by one space
print $last.settings.global_dial_in_numbers.0
let copy = $last.settings
print $copy.waiting_room
echo "$id is a meeting"
print $nothing
