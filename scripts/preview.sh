#!/usr/bin/env bash
# Builds the timeline from seeds/ and the static site into dist/, then serves
# it at http://localhost:4321/. Sets up Node 22 and the dependencies first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node22.sh
. scripts/install-deps.sh
npm run build
exec npm run preview -- "$@"
