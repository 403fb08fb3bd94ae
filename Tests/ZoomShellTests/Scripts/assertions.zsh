# assert ==, != and contains, across JSON numbers, booleans, strings, arrays and objects.
set topic "Weekly sync"
set duration 45
create
assert $last.duration == 45
assert $last.duration != 46
assert $last.settings.waiting_room == false
assert $last.topic contains sync
assert $last.settings contains audio
assert $last.settings.global_dial_in_countries contains US
assert $last.join_url contains zoom.us/j/
assert $last.agenda == ""
assert "a b" == "a b"
assert $last.duration == 30
echo "not reached"
