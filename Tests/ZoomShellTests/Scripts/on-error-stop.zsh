# By default a script stops at its first failure: exit 3, nothing after it runs.
echo "before"
get 999
echo "never printed"
