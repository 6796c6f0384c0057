#!/usr/bin/env bash
# Dicta vs trafilatura on the webpages corpus: main text, title, date, author, speed.
# Opt-in benchmark, not part of the tests. See bench/README.md.
#
# usage: bash bench/webpages.sh [--limit N]
set -euo pipefail

usage() { echo "usage: bash bench/webpages.sh [--limit N]" >&2; exit 2; }

LIMIT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) [ $# -ge 2 ] || usage; LIMIT="$2"; shift 2 ;;
    --limit=*) LIMIT="${1#--limit=}"; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
if [ -n "$LIMIT" ] && ! [[ "$LIMIT" =~ ^[1-9][0-9]*$ ]]; then
  echo "--limit wants a positive integer, got '$LIMIT'" >&2; exit 2
fi

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
SHARED="$(cd "$ROOT/../shared" 2>/dev/null && pwd)" || { echo "missing $ROOT/../shared" >&2; exit 1; }
CORPUS="$SHARED/corpora/webpages"
SCORER="$SHARED/tools/webpages_score.py"
EVALDATA="$CORPUS/evaldata.json"
VENV="$BENCH/.venv"
for f in "$EVALDATA" "$SCORER" "$CORPUS/html"; do
  [ -e "$f" ] || { echo "missing $f" >&2; exit 1; }
done

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUTDIR="$BENCH/out"
RUNDIR="$OUTDIR/webpages-$STAMP"        # per-run outputs (bench/out/ is gitignored)
RESULT="$OUTDIR/webpages-$STAMP.json"
mkdir -p "$RUNDIR"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# --- the inputs: the same sorted file list for both systems -------------------------
find "$CORPUS/html" -maxdepth 1 -type f -name '*.gz' | LC_ALL=C sort > "$TMP/all.txt"
if [ -n "$LIMIT" ]; then head -n "$LIMIT" "$TMP/all.txt" > "$RUNDIR/files.txt"
else cp "$TMP/all.txt" "$RUNDIR/files.txt"; fi
mapfile -t FILES < "$RUNDIR/files.txt"
N=${#FILES[@]}
[ "$N" -gt 0 ] || { echo "no html/*.gz in $CORPUS" >&2; exit 1; }
echo "== $N pages from $CORPUS/html${LIMIT:+ (--limit $LIMIT)}" >&2

# With --limit, score against the gold entries of those pages only (a subset evaldata in a
# temp dir outside the repo); otherwise every page left out would count as an empty output.
GOLD="$EVALDATA"
if [ -n "$LIMIT" ]; then
  GOLD="$TMP/evaldata-subset.json"
  python3 - "$EVALDATA" "$RUNDIR/files.txt" "$GOLD" <<'PY'
import json, os, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
names = {os.path.basename(l.strip())[:-3] for l in open(sys.argv[2], encoding="utf-8") if l.strip()}
sub = {u: g for u, g in gold.items() if g["file"] in names}
json.dump(sub, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
fi

# --- 1. trafilatura in a venv --------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
"$VENV/bin/python" -m pip install --quiet trafilatura
TRAF_VERSION="$("$VENV/bin/python" -c 'import trafilatura; print(trafilatura.__version__)')"
echo "== trafilatura $TRAF_VERSION" >&2

# --- 2. build Dicta first (before any timing, so the build doesn't compete) ------------
echo "== swift build -c release --product dicta" >&2
if ! (cd "$ROOT" && swift build -c release --product dicta >"$RUNDIR/build.log" 2>&1); then
  tail -n 30 "$RUNDIR/build.log" >&2
  echo "Dicta release build failed (log: $RUNDIR/build.log)" >&2
  exit 1
fi
DICTA="$ROOT/.build/release/dicta"

# --- 3. Dicta, the whole process timed, before and after trafilatura --------------------
# The machine's speed drifts over minutes (a shared 2-core VM), and a Dicta run lasts seconds
# against trafilatura's tens of seconds: Dicta is timed ${REPEAT} times on each side of
# trafilatura's run and the median is reported (all runs are kept in the JSON).
REPEAT="${DICTA_REPEAT:-2}"
DICTA_TIMES=(); DICTA_ARTICLE_TIMES=(); DICTA_RC=0
time_dicta() {  # $1 = output file, rest = extra flags; prints seconds
  local out="$1"; shift
  local t0 t1 rc
  t0=$(date +%s.%N)
  set +e
  # The same list file trafilatura's runner reads (a long command line costs swift-argument-
  # parser time quadratic in its length; see Sources/dicta/InputOptions.swift).
  "$DICTA" extract "$@" --format jsonl --files-from "$RUNDIR/files.txt" >"$out" 2>"$out.stderr"
  rc=$?
  set -e
  t1=$(date +%s.%N)
  [ "$rc" -eq 0 ] || echo "$rc" >"$TMP/dicta.rc"  # runs in a subshell: the exit code goes by file
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
dicta_round() {
  local i
  for i in $(seq "$REPEAT"); do
    DICTA_TIMES+=("$(time_dicta "$RUNDIR/dicta.jsonl")")
    DICTA_ARTICLE_TIMES+=("$(time_dicta "$RUNDIR/dicta-article.jsonl" --no-statements)")
  done
}
echo "== dicta extract over $N pages, $REPEAT runs with and without attribution" >&2
time_dicta "$RUNDIR/dicta-article.jsonl" --no-statements >/dev/null  # warm-up, not counted
dicta_round

# --- 4. trafilatura, timed inside the runner (read + gunzip + extract + serialise) -----
echo "== trafilatura over $N pages (single process)" >&2
"$VENV/bin/python" "$BENCH/trafilatura_runner.py" "$RUNDIR/trafilatura.jsonl" \
  --files-from "$RUNDIR/files.txt" 2>"$RUNDIR/trafilatura.stderr" \
  || { cat "$RUNDIR/trafilatura.stderr" >&2; echo "trafilatura runner failed" >&2; exit 1; }
cat "$RUNDIR/trafilatura.stderr" >&2
TRAF_LAST="$(tail -n 1 "$RUNDIR/trafilatura.stderr")"
TRAF_SECS="$(sed -n 's/^trafilatura: [0-9]* pages in \([0-9.]*\) s = .*/\1/p' <<<"$TRAF_LAST")"
[ -n "$TRAF_SECS" ] || { echo "could not read trafilatura timing from: $TRAF_LAST" >&2; exit 1; }
TRAF_WARN=$(grep -c '^warning:' "$RUNDIR/trafilatura.stderr" || true)

echo "== dicta again, $REPEAT runs each" >&2
dicta_round
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
[ -f "$TMP/dicta.rc" ] && DICTA_RC=$(cat "$TMP/dicta.rc")
DICTA_SECS=$(median "${DICTA_TIMES[@]}")
DICTA_ARTICLE_SECS=$(median "${DICTA_ARTICLE_TIMES[@]}")
DICTA_ERR_LINES=$(wc -l <"$RUNDIR/dicta.jsonl.stderr" | tr -d ' ')
DICTA_OUT_LINES=$(wc -l <"$RUNDIR/dicta.jsonl" | tr -d ' ')
echo "dicta: exit $DICTA_RC, $DICTA_OUT_LINES lines out, $DICTA_ERR_LINES stderr lines; runs ${DICTA_TIMES[*]} s (median $DICTA_SECS)" >&2
echo "dicta --no-statements: runs ${DICTA_ARTICLE_TIMES[*]} s (median $DICTA_ARTICLE_SECS)" >&2
if [ "$DICTA_ERR_LINES" -gt 0 ]; then
  echo "   first stderr lines:" >&2; head -n 3 "$RUNDIR/dicta.jsonl.stderr" | sed 's/^/   /' >&2
fi

# --- 5. score both, print the table, write the raw numbers -----------------------------
score() {  # $1 = predictions; prints the scorer's JSON or {"error": ...}
  local out
  if out=$(python3 "$SCORER" "$GOLD" "$1" 2>"$TMP/score.err"); then echo "$out"
  else python3 -c 'import json,sys; print(json.dumps({"error": sys.argv[1]}))' \
         "$(tail -n 1 "$TMP/score.err")"; fi
}
DICTA_SCORE=$(score "$RUNDIR/dicta.jsonl")
TRAF_SCORE=$(score "$RUNDIR/trafilatura.jsonl")

SWIFT_VERSION="$(swift --version 2>/dev/null | head -n 1 || true)"
GIT_REV="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ROOT" status --porcelain -- Sources Package.swift 2>/dev/null)" ]; then GIT_REV="$GIT_REV+dirty"; fi

python3 - "$RESULT" <<PY
import json, sys
res = {
    "timestamp": "$STAMP", "pages": $N, "limit": ${LIMIT:-None},
    "corpus": "$CORPUS", "gold_subset": bool("$LIMIT"), "machine_cores": $(nproc),
    "dicta": {"git": "$GIT_REV", "swift": $(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$SWIFT_VERSION"),
              "seconds": $DICTA_SECS, "pages_per_s": round($N / max($DICTA_SECS, 1e-9), 2),
              "timing": "whole process (start-up, decode, extract, attribution, JSON), wall clock, median of runs before and after trafilatura's",
              "runs_seconds": [$(IFS=,; echo "${DICTA_TIMES[*]}")],
              "article_only_runs_seconds": [$(IFS=,; echo "${DICTA_ARTICLE_TIMES[*]}")],
              "exit_code": $DICTA_RC, "stderr_lines": $DICTA_ERR_LINES, "output_lines": $DICTA_OUT_LINES,
              "score": $DICTA_SCORE,
              "article_only_seconds": $DICTA_ARTICLE_SECS,
              "article_only_pages_per_s": round($N / max($DICTA_ARTICLE_SECS, 1e-9), 2)},
    "trafilatura": {"version": "$TRAF_VERSION", "seconds": $TRAF_SECS,
                    "pages_per_s": round($N / max($TRAF_SECS, 1e-9), 2),
                    "timing": "extraction loop only (read, gunzip, bare_extraction, JSON), perf_counter",
                    "pages_raised": $TRAF_WARN, "score": $TRAF_SCORE},
    "outputs": "$RUNDIR",
}
d, t = res["dicta"]["pages_per_s"], res["trafilatura"]["pages_per_s"]
res["speed_ratio_dicta_over_trafilatura"] = round(d / t, 2) if t else None
a = res["dicta"]["article_only_pages_per_s"]
res["speed_ratio_article_only_over_trafilatura"] = round(a / t, 2) if t else None
json.dump(res, open(sys.argv[1], "w"), indent=2)

def f(x, nd):
    return "-" if x is None else f"{x:.{nd}f}"
print()
print(f"webpages: {res['pages']} pages" + (" (--limit; scored on those pages' gold only)" if res["limit"] else ""))
print(f"{'system':<22} {'F1':>6} {'prec':>6} {'recall':>6} {'title':>6} {'date':>6} {'author':>6} {'pages/s':>8}")
for name, label in (("dicta", "dicta " + res["dicta"]["git"]), ("trafilatura", "trafilatura " + res["trafilatura"]["version"])):
    r = res[name]; s = r["score"]
    if "error" in s:
        print(f"{label:<22} scorer failed: {s['error']}   {r['pages_per_s']:>8.2f}")
        continue
    print(f"{label:<22} {f(s['f1'],3):>6} {f(s['precision'],3):>6} {f(s['recall'],3):>6} "
          f"{f(s['title'],3):>6} {f(s['date'],3):>6} {f(s['author'],3):>6} {r['pages_per_s']:>8.2f}")
print(f"speed ratio dicta/trafilatura: {f(res['speed_ratio_dicta_over_trafilatura'], 2)}x with attribution; "
      f"{f(res['speed_ratio_article_only_over_trafilatura'], 2)}x article only "
      f"(--no-statements, {res['dicta']['article_only_pages_per_s']:.2f} pages/s)")
print(f"dicta exit {res['dicta']['exit_code']}, {res['dicta']['stderr_lines']} stderr lines; "
      f"trafilatura: {res['trafilatura']['pages_raised']} pages raised")
print(f"raw numbers: {sys.argv[1]}")
PY
