#!/usr/bin/env bash
# Builds Dicta's libFuzzer targets and runs each for SECONDS (default 30).
#   Fuzz/run.sh [SECONDS] [TARGET...]     targets: html text quotes jsonl (default: all)
# The growing corpus lives in .build-fuzz/corpus/TARGET, seeded from Fuzz/seeds/TARGET. An
# input that crashes a target is copied to Fuzz/regressions/TARGET/, which the test suite
# replays (FuzzRegressionTests), and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}; shift || true
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=(html text quotes jsonl)
scratch=.build-fuzz

swift build --package-path Fuzz --scratch-path "$scratch" -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" -c release --show-bin-path)

# Foundation's regular expressions, compiled once per process, are memory LeakSanitizer cannot
# see held; every other leak, per input or at exit, still fails a run.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

status=0
for t in "${targets[@]}"; do
  corpus="$scratch/corpus/$t"; found="$scratch/found/$t"
  rm -rf "$found"   # only this run's findings are copied to Fuzz/regressions
  mkdir -p "$corpus" "$found" "Fuzz/regressions/$t"
  echo "fuzz-$t: ${seconds}s" >&2
  # -rss_limit_mb: a page may not cost more than this, whatever it holds (item 6 of issue 15).
  if ! DICTA_FUZZ_TARGET=$t "$bin/dicta-fuzz" "$corpus" "Fuzz/seeds/$t" -max_total_time="$seconds" -max_len=65536 \
      -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$found/" \
      2> "$scratch/fuzz-$t.log"; then
    status=1
    tail -40 "$scratch/fuzz-$t.log" >&2
    for f in "$found"/*; do [ -f "$f" ] && cp "$f" "Fuzz/regressions/$t/"; done
  fi
  grep -E '^Done|^stat::peak_rss_mb' "$scratch/fuzz-$t.log" | sed "s/^/fuzz-$t: /" >&2 || true
done
exit $status
