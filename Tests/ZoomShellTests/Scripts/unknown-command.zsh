echo "not printed: the script is checked first"
creat --dry-run
shwo
