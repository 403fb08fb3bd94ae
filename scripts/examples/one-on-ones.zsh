# Bulk-ish: one 30-minute one-on-one per person. The language has no loops, so this driver
# sources a per-meeting script once per person, with different arguments ($1, $2, $3 there).
#
#   zoomsh --sandbox scripts/examples/one-on-ones.zsh

on-error stop
source lib/one-on-one.zsh "Ada Lovelace" "next monday" 09:00
source lib/one-on-one.zsh "Grace Hopper" "next monday" 09:30
source lib/one-on-one.zsh "Katherine Johnson" "next tuesday" 14:00
source lib/one-on-one.zsh "Margaret Hamilton" "next wednesday" 16:30

# Everything scheduled in the next two weeks.
list scheduled --from today --to +14d
