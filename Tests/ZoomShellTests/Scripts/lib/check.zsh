echo "checking $1"
assert $1 == 2
echo "checked"
