#@ env: {"TOKEN": "made-up-token"}
# A token Zoom does not know is an authentication error: exit 4.
auth token --env TOKEN
get 1
echo "never printed"
