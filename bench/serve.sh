#!/usr/bin/env bash
# The server under load: wrk on `/`, `/api/quotes?q=said` and `/speakers/ID` of a store of
# ~5,000 articles, first alone, then while a `dicta ingest` writes to the same store.
# Opt-in benchmark; see bench/README.md.
#
# usage: bash bench/serve.sh [ARTICLES] [SECONDS]     (defaults: 5000 articles, 15 s per run)
set -euo pipefail

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
ARTICLES="${1:-5000}"
SECONDS_PER_RUN="${2:-15}"
CONNECTIONS=32
PORT=18089

source "$(dirname "${BASH_SOURCE[0]}")/polnear-setup.sh" serve

# 1. The articles: PolNeAR train + dev extracted once, then copies of them carried by other
#    outlets (bench/merge_copies.py), as wire stories are reprinted. The first ARTICLES lines
#    make the store; the lines after them are what the concurrent ingest adds.
find "$PN/train/text" "$PN/dev/text" -maxdepth 1 -name '*.txt' | LC_ALL=C sort >"$RUNDIR/files.txt"
"$DICTA" extract --raw --format jsonl --files-from "$RUNDIR/files.txt" >"$RUNDIR/base.jsonl" 2>"$RUNDIR/extract.stderr" || true
LIVE=$((ARTICLES / 2))
python3 - "$RUNDIR/base.jsonl" "$((ARTICLES + LIVE))" >"$RUNDIR/target.txt" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
per_copy = sum(len(a.get("quotes", [])) for a in lines)
print(per_copy * (int(sys.argv[2]) // len(lines) + 1))
PY
python3 "$BENCH/merge_copies.py" "$RUNDIR/base.jsonl" "$PN/metadata.tsv" "$RUNDIR" "$(cat "$RUNDIR/target.txt")" >/dev/null
CORPUS="$RUNDIR/corpus-$(cat "$RUNDIR/target.txt").jsonl"
sed -n "1,${ARTICLES}p" "$CORPUS" >"$RUNDIR/store.jsonl"
sed -n "$((ARTICLES + 1)),$((ARTICLES + LIVE))p" "$CORPUS" >"$RUNDIR/live.jsonl"
rm "$CORPUS"
[ "$(wc -l <"$RUNDIR/store.jsonl")" -eq "$ARTICLES" ] || { echo "fewer than $ARTICLES articles to store" >&2; exit 1; }

DB="$RUNDIR/store.sqlite"
t0=$(date +%s.%N)
"$DICTA" ingest --db "$DB" --extracted "$RUNDIR/store.jsonl" >/dev/null 2>"$RUNDIR/ingest.stderr" \
  || { tail -n 5 "$RUNDIR/ingest.stderr" >&2; echo "ingest failed" >&2; exit 1; }
t1=$(date +%s.%N)
read -r arts quotes groups people <<<"$(python3 - "$DB" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
q = lambda s: c.execute(s).fetchone()[0]
print(q("SELECT COUNT(*) FROM article"), q("SELECT COUNT(*) FROM quote"),
      q("SELECT COUNT(DISTINCT groupId) FROM quote"), q("SELECT COUNT(*) FROM person"))
PY
)"
echo "== store: $arts articles, $quotes statement rows ($groups statements), $people people; ingested in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s" >&2

# 2. The server, and the most quoted speaker for /speakers/ID.
"$DICTA" serve --db "$DB" --port "$PORT" >"$RUNDIR/serve.log" 2>&1 &
SERVER=$!
INGEST=""
cleanup() { kill "$SERVER" 2>/dev/null || true; [ -n "$INGEST" ] && kill "$INGEST" 2>/dev/null || true; }
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 100); do curl -sf "$BASE/api/speakers" >"$RUNDIR/speakers.json" 2>/dev/null && break; sleep 0.2; done
SPEAKER=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$RUNDIR/speakers.json")
PATHS=("/" "/api/quotes?q=said" "/speakers/$SPEAKER")

# 3. wrk on each path: requests/s and the 50th and 99th percentile latency (ms), plus
#    non-2xx answers and socket errors, which must be none.
run() {  # LABEL PATH
  local out="$RUNDIR/wrk-$1-$(echo "$2" | tr -c 'a-zA-Z0-9' '_').txt"
  # The server first finishes what an earlier run left queued: one answer in under a second.
  for _ in $(seq 60); do curl -sf -m 1 -o /dev/null "$BASE$2" && break; sleep 1; done
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency "$BASE$2" >"$out"
  python3 - "$out" "$1" "$2" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)\b" % label, text, re.M)
    if not m: return None
    v, unit = float(m.group(1)), m.group(2)
    return round(v / 1000 if unit == "us" else v * 1000 if unit == "s" else v, 2)
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
print(json.dumps({"ingest": sys.argv[2], "path": sys.argv[3], "requests_per_s": rps,
                  "p50_ms": ms("50%"), "p99_ms": ms("99%"),
                  "non_2xx": int(bad.group(1)) if bad else 0,
                  "socket_errors": sum(map(int, errors.groups())) if errors else 0}))
PY
}
ROWS=()
for p in "${PATHS[@]}"; do ROWS+=("$(run idle "$p")"); done

# 4. The same with `dicta ingest` adding articles to the store meanwhile, in batches of 50 so
#    that the ingest keeps committing through every run (the batches start again when done).
split -l 50 -d -a 4 "$RUNDIR/live.jsonl" "$RUNDIR/live-"
(while true; do for f in "$RUNDIR"/live-[0-9]*; do "$DICTA" ingest --db "$DB" --extracted "$f" >/dev/null 2>>"$RUNDIR/live.stderr"; done; done) &
INGEST=$!
before=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM article").fetchone()[0])' "$DB")
sleep 2
for p in "${PATHS[@]}"; do ROWS+=("$(run ingesting "$p")"); done
kill "$INGEST" 2>/dev/null || true; wait "$INGEST" 2>/dev/null || true; INGEST=""
after=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM article").fetchone()[0])' "$DB")
echo "== the concurrent ingest added $((after - before)) articles during the runs" >&2

printf '%-10s %-26s %10s %9s %9s %8s %8s\n' ingest path "req/s" "p50 ms" "p99 ms" non-2xx errors
for r in "${ROWS[@]}"; do
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("%-10s %-26s %10.0f %9s %9s %8d %8d" % (r["ingest"], r["path"], r["requests_per_s"], r["p50_ms"], r["p99_ms"], r["non_2xx"], r["socket_errors"]))' "$r"
done

GIT="$(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet || echo '+dirty')"
{
  echo "{\"git\": \"$GIT\", \"articles\": $arts, \"statement_rows\": $quotes, \"statements\": $groups, \"people\": $people,"
  echo " \"connections\": $CONNECTIONS, \"seconds_per_run\": $SECONDS_PER_RUN, \"articles_added_while_ingesting\": $((after - before)),"
  echo " \"runs\": ["
  (IFS=,; echo "  ${ROWS[*]}")
  echo " ]}"
} >"$RESULT"
echo "== $RESULT" >&2
