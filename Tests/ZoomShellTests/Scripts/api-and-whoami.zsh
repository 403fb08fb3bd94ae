# whoami and api: any request below /v2.
whoami
api GET /users/me
set topic "Via draft"
create
let id = $last.id
api PATCH /meetings/$id '{"topic":"Renamed by api"}'
api GET /meetings/$id
assert $last.topic == "Renamed by api"
api GET /users/me/meetings --query page_size=1 --query type=scheduled
api GET /meetings/123
