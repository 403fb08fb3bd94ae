# on-error continue runs everything; the script exits 1 because something failed.
on-error continue
get 999
echo "status $status"
assert 1 == 2
echo "status $status"
on-error stop
echo "status $status"
get 998
echo "never printed"
