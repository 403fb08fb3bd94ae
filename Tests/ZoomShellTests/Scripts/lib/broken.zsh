echo "this line is fine but does not run"
set topic "no closing quote
