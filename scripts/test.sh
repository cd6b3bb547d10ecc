#!/usr/bin/env bash
# Runs every test: unit, contract, acceptance and browser tests (after
# building the site). Sets up Node 22, the dependencies and Debian's
# Chromium first; no test tool downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node22.sh
. scripts/install-deps.sh
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing Debian's chromium for the browser tests…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test: the browser tests need Chromium at $chromium (apt-get install chromium, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="$chromium"
results="$(mktemp -t vitest-results.XXXXXX.json)"
status=0
npm test -- --reporter=default --reporter=json --outputFile="$results" || status=$?
# One plain closing line, whatever the reporter printed above it.
node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$results" 2>/dev/null || true
rm -f "$results"
exit "$status"
