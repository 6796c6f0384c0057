# Sourced by the benchmarks built on PolNeAR (merge.sh, serve.sh): the folders, the corpus
# check, a run folder bench/out/NAME-<UTC timestamp>/ with its result file, and a release build
# of Dicta made before anything is timed. Sets BENCH ROOT SHARED PN STAMP RUNDIR RESULT DICTA.
# usage: source bench/polnear-setup.sh NAME
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
SHARED="$(cd "$ROOT/../shared" 2>/dev/null && pwd)" || { echo "missing $ROOT/../shared" >&2; exit 1; }
PN="$SHARED/corpora/polnear"
for f in "$PN/train/text" "$PN/dev/text" "$PN/metadata.tsv"; do [ -e "$f" ] || { echo "missing $f" >&2; exit 1; }; done

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RUNDIR="$BENCH/out/$1-$STAMP"
RESULT="$BENCH/out/$1-$STAMP.json"
mkdir -p "$RUNDIR"

(cd "$ROOT" && swift build -c release --product dicta >"$RUNDIR/build.log" 2>&1) \
  || { tail -n 30 "$RUNDIR/build.log" >&2; echo "Dicta release build failed" >&2; exit 1; }
DICTA="$ROOT/.build/release/dicta"
