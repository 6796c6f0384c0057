#!/usr/bin/env bash
# The API against its own OpenAPI document, both ways: schemathesis with every check and every
# phase (examples, coverage, fuzzing, stateful through the document's links) for a bounded
# time, against `dicta serve` on a store of the acceptance seed pages. Any finding fails.
#
# usage: .ci/schemathesis.sh [SECONDS] [STORE]
#   SECONDS  time budget of the run (default 120)
#   STORE    serve this existing store instead of a new one of the seed pages
# DICTA names the binary (default .build/debug/dicta).
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET="${1:-120}"
DICTA="${DICTA:-.build/debug/dicta}"
VENV=.build/schemathesis-venv
VERSION=4.32.5

if [ ! -x "$VENV/bin/schemathesis" ] || ! "$VENV/bin/schemathesis" --version | grep -q "$VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q "schemathesis==$VERSION"
fi

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ $# -ge 2 ]; then
  store="$2"
else
  store="$work/seeds.sqlite"
  "$DICTA" ingest --db "$store" ../shared/acceptance/seeds/*.txt >/dev/null
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$DICTA" serve --db "$store" --port "$port" >"$work/serve.log" 2>&1 &
server=$!

if ! "$VENV/bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" \
    --checks all --phases examples,coverage,fuzzing,stateful \
    --max-time "$BUDGET" --wait-for-schema 30 --workers 2 --no-color; then
  echo "schemathesis: the API and openapi.json disagree (above); server log:" >&2
  tail -n 20 "$work/serve.log" >&2
  exit 1
fi
