on-error continue
source lib/check.zsh 1
source lib/missing.zsh
echo "still here, status $status"
