# A syntax error anywhere: every problem is reported, nothing runs, exit 2.
set topic "Never created"
create
list --everything
echo "unterminated
