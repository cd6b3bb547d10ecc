# Source after use-node22.sh: installs the npm dependencies from the lock
# file when node_modules is missing or older than package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci…" >&2
  # npm ci refuses a lock whose optional platform packages (other OSes' builds
  # of Astro's compiler) the registry in use does not carry; npm install then
  # installs the same locked versions, skipping those, and leaves the lock as it is.
  npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
    { echo "install-deps: npm ci refused the lock on this registry; installing the locked versions with npm install" >&2
      npm install --no-audit --no-fund --no-save --loglevel=error; }
fi
