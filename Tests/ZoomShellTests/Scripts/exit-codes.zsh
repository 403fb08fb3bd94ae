# exit N ends the script with that code, whatever came before.
on-error continue
get 999
echo "status $status"
exit 7
echo "never printed"
