# Meetings for another user: set host, create --host, list --host.
set topic "For Mateo"
create --host mateo.ruiz@sandbox.example.com
assert $last.host_email == mateo.ruiz@sandbox.example.com
set host mateo.ruiz@sandbox.example.com
set topic "Also for Mateo"
create
list --host mateo.ruiz@sandbox.example.com
list
create --host nobody@example.com
