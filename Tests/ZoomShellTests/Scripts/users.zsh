# The account's users: one page, a limit, every page, and the filters.
output table
list users
list users --limit 2
list users --all --status active
list users --status pending
list users --role 1
output json
list users --limit 1 --status active
print $last.0.email
