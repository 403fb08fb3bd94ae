#@ env: {"SANDBOX_SECRET": "sandbox-client-secret-0123456789ab", "SANDBOX_API_SECRET": "sandbox-api-secret-0123456789abcdef0123", "WRONG": "not-the-secret"}
# auth shows and changes how the session authenticates; secrets come from the environment.
auth
whoami
auth
auth refresh
auth s2s sandbox-account sandbox-client --secret-env SANDBOX_SECRET
auth
whoami
auth jwt sandbox-api-key --secret-env SANDBOX_API_SECRET
auth
whoami
auth s2s sandbox-account sandbox-client --secret-env WRONG
whoami
echo "never printed"
