# Source after use-node22.sh: installs the npm dependencies from the lock
# file when node_modules is missing or older than package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci…" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
