# history, profile, sleep and quit in a script.
on-error continue
history
profile
profile work
sleep 2s
sleep 500ms
sleep soon
echo "status $status"
quit
echo "never printed"
