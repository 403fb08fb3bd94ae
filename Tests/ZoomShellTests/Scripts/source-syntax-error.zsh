# A sourced file with a syntax error runs none of its lines; the caller stops there.
echo "before"
source lib/broken.zsh
echo "never printed"
