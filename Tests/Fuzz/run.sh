#!/usr/bin/env bash
# Builds the fuzzing harnesses with libFuzzer and AddressSanitizer and runs them (README « Fuzzing »).
#
#   Tests/Fuzz/run.sh                       smoke: each harness 5 s over its seeds (what .ci/run does)
#   Tests/Fuzz/run.sh --seconds 600 fuzz-xml      a campaign of one harness
#   Tests/Fuzz/run.sh --build-only          just build
#
# Options: --seconds N (per harness), --config debug|release (default release), --build-only, then
# harness names (default: all). Seeds: Corpus/<harness> (committed, small) and the test fixtures,
# read-only; what a run learns goes to .build/corpus/<harness>, crashes to .build/crashes/<harness>.
# A crash makes the script exit 1: turn the input into a fixture of the regular tests.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
root=$(cd ../.. && pwd)
seconds=5
config=release
build_only=0
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    --build-only) build_only=1; shift ;;
    fuzz-*) harnesses+=("$1"); shift ;;
    *) echo "usage: $0 [--seconds N] [--config debug|release] [--build-only] [fuzz-HARNESS...]" >&2; exit 2 ;;
  esac
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=(fuzz-tree fuzz-csv fuzz-zip fuzz-siecle fuzz-xml fuzz-prompt fuzz-workbook fuzz-answers)

# The root package is reached through a link named « pixready » (see Package.swift).
mkdir -p .build
ln -sfn ../../.. .build/pixready
if ! swift build -c "$config" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >.build/build.log 2>&1; then
  cat .build/build.log >&2
  echo "the harnesses do not build" >&2
  exit 2
fi
grep -E "warning:|Build complete" .build/build.log || true
[ "$build_only" -eq 0 ] || exit 0
bin=$(swift build -c "$config" --show-bin-path)

fixtures=$root/Tests/PixReadyIOTests/Fixtures
seeds() {
  case "$1" in
    fuzz-tree) echo "$root/Trees $root/Tests/PixReadyCoreTests/Fixtures/trees $root/Tests/PixReadyCLITests/Fixtures/trees" ;;
    fuzz-csv) echo "$root/Examples $root/Tests/PixReadyCLITests/Fixtures/check" ;;
    fuzz-zip) echo "$fixtures/zip" ;;
    fuzz-siecle) echo "$fixtures/siecle $fixtures/xml-crashes" ;;
    fuzz-xml) echo "$fixtures/siecle $fixtures/xml-crashes" ;;
    fuzz-prompt|fuzz-answers) echo "" ;;
    fuzz-workbook) echo "$root/Tests/PixReadyCLITests/Fixtures/workbook $fixtures/workbook" ;;
  esac
}

# The longest input tried: class files and trees are small; archives need room.
max_len() {
  case "$1" in
    fuzz-csv|fuzz-prompt|fuzz-tree|fuzz-answers) echo 16384 ;;
    *) echo 262144 ;;
  esac
}

status=0
for harness in "${harnesses[@]}"; do
  corpus=$here/.build/corpus/$harness
  crashes=$here/.build/crashes/$harness
  mkdir -p "$corpus" "$crashes"
  dirs=()
  for dir in $here/Corpus/$harness $(seeds "$harness"); do [ -d "$dir" ] && dirs+=("$dir"); done
  echo "== $harness: $seconds s"
  if ! "$bin/$harness" "$corpus" "${dirs[@]}" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
    -max_len="$(max_len "$harness")" -artifact_prefix="$crashes/" -print_final_stats=1 >"$crashes/log.txt" 2>&1; then
    status=1
    tail -n 30 "$crashes/log.txt"
    echo "$harness: crash, input in $crashes" >&2
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$crashes/log.txt" | tr '\n' ' '
  echo
done
exit $status
