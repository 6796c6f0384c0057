#!/usr/bin/env bash
# The corpus-level merge at 10k, 25k, 50k and 100k statements: time and peak memory of
# `dicta ingest --extracted` (people resolved across the corpus, reprints grouped, entities and
# the search index written), and how they grow. Opt-in benchmark; see bench/README.md.
#
# usage: bash bench/merge.sh [N ...]     (default sizes: 10000 25000 50000 100000)
set -euo pipefail

SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 25000 50000 100000)

source "$(dirname "${BASH_SOURCE[0]}")/polnear-setup.sh" merge

# 1. Extract PolNeAR train + dev once: the merge is measured apart from extraction.
find "$PN/train/text" "$PN/dev/text" -maxdepth 1 -name '*.txt' | LC_ALL=C sort >"$RUNDIR/files.txt"
t0=$(date +%s.%N)
"$DICTA" extract --raw --format jsonl --files-from "$RUNDIR/files.txt" >"$RUNDIR/base.jsonl" 2>"$RUNDIR/extract.stderr" || true
t1=$(date +%s.%N)
echo "== extracted $(wc -l <"$RUNDIR/base.jsonl") articles in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s" >&2

# 2. The corpora: copy 0 with its publisher and date, then copies carried by other outlets.
python3 "$BENCH/merge_copies.py" "$RUNDIR/base.jsonl" "$PN/metadata.tsv" "$RUNDIR" "${SIZES[@]}" >"$RUNDIR/sizes.txt"

# 3. One fresh store per size, one process each.
printf '%-9s %9s %9s %9s %10s %10s %8s %8s %8s\n' statements articles seconds "stmt/s" "peak MB" "db MB" people groups copies
ROWS=()
while read -r n arts stmts; do
  db="$RUNDIR/store-$n.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  /usr/bin/time -f "%e %M" -o "$RUNDIR/time-$n.txt" \
    "$DICTA" ingest --db "$db" --extracted "$RUNDIR/corpus-$n.jsonl" 2>"$RUNDIR/ingest-$n.stderr" \
    || { tail -n 5 "$RUNDIR/ingest-$n.stderr" >&2; echo "ingest of $n statements failed" >&2; exit 1; }
  read -r secs kb <"$RUNDIR/time-$n.txt"
  read -r people groups quotes <<<"$(python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
q = lambda s: c.execute(s).fetchone()[0]
print(q("SELECT COUNT(*) FROM person"), q("SELECT COUNT(DISTINCT groupId) FROM quote"), q("SELECT COUNT(*) FROM quote"))
PY
)"
  mb=$(awk -v k="$kb" 'BEGIN{printf "%.0f", k/1024}')
  dbmb=$(du -m "$db" | cut -f1)
  rate=$(awk -v n="$quotes" -v s="$secs" 'BEGIN{printf "%.0f", n/s}')
  printf '%-9s %9s %9s %9s %10s %10s %8s %8s %8s\n' "$quotes" "$arts" "$secs" "$rate" "$mb" "$dbmb" "$people" "$groups" "$((quotes - groups))"
  ROWS+=("{\"statements\": $quotes, \"articles\": $arts, \"seconds\": $secs, \"statements_per_s\": $rate, \"peak_rss_mb\": $mb, \"db_mb\": $dbmb, \"people\": $people, \"statement_groups\": $groups}")
done <"$RUNDIR/sizes.txt"

GIT="$(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet || echo '+dirty')"
{
  echo "{\"git\": \"$GIT\", \"command\": \"dicta ingest --extracted (release, one process, fresh store)\", \"runs\": ["
  (IFS=,; echo "${ROWS[*]}")
  echo "]}"
} | python3 -m json.tool >"$RESULT"
python3 - "$RESULT" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["runs"]
a, b = r[0], r[-1]
n = b["statements"] / a["statements"]
print(f'from {a["statements"]} to {b["statements"]} statements ({n:.1f}x): time x{b["seconds"] / a["seconds"]:.1f}, '
      f'per statement x{(b["seconds"] / b["statements"]) / (a["seconds"] / a["statements"]):.2f}, peak memory x{b["peak_rss_mb"] / a["peak_rss_mb"]:.1f}')
PY
echo "raw numbers: $RESULT"
