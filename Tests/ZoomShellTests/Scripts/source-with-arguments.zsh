# source runs another file in this session, with its own $1…; the draft and variables are shared.
source lib/make-meeting.zsh "Design review" 2026-03-10 45
let first = $made
source lib/make-meeting.zsh "Retro" 2026-03-12 30
echo "made $first and $made"
list
