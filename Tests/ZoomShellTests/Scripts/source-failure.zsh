# A failure inside a sourced file stops it and its caller; under on-error continue both go on.
source lib/check.zsh 1
echo "not reached"
