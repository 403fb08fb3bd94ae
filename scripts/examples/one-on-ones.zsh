# Bulk-ish: one 30-minute one-on-one per person. The language has no loops, so this driver
# sources a per-meeting script once per person, with different arguments ($1, $2, $3 there).
#
#   zoomsh --sandbox scripts/examples/one-on-ones.zsh

on-error stop
source lib/one-on-one.zsh "Ada Lovelace" 2026-03-09 09:00
source lib/one-on-one.zsh "Grace Hopper" 2026-03-09 09:30
source lib/one-on-one.zsh "Katherine Johnson" 2026-03-10 14:00
source lib/one-on-one.zsh "Margaret Hamilton" 2026-03-11 16:30

# Everything created this week, oldest first.
list scheduled --from 2026-03-09 --to 2026-03-15
