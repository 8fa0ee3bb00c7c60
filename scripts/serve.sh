#!/usr/bin/env bash
# Serves www/ on 127.0.0.1 (only this machine can reach it); python's
# http.server sends .wasm as application/wasm. PORT defaults to 8000.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8000}"
if [ ! -f www/pkg/transcript_cards.js ]; then
  echo "serve: www/pkg is missing; run scripts/build-wasm.sh (make build) first" >&2
  exit 1
fi
echo "serve: open http://127.0.0.1:$port/ (the sample transcript loads on first open); Ctrl-C stops"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
