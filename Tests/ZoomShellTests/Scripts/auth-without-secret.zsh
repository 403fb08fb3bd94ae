# A script cannot be asked for a secret: exit 4 and a hint.
auth s2s sandbox-account sandbox-client
echo "never printed"
