#!/usr/bin/env bash
# Benchmarks `pixready check` against `wc -l` and a Python csv-module reference; prints a Markdown
# table (also written to Benchmarks/out/results.md). See Benchmarks/README.md.
#
#   Benchmarks/run.sh                 release build, 10 000, 100 000 and 1 000 000 rows, 5 runs each
#   Benchmarks/run.sh --runs 9        more runs
#   Benchmarks/run.sh --callgrind     also count instructions with valgrind (about a minute more)
#   Benchmarks/run.sh --no-forms      leave out the forms (md, html, --anonymize, --siecle) against CSV
#   Benchmarks/run.sh --quick         1 000 rows, one run: checks that the benchmark still works
#   Benchmarks/run.sh --config debug  use a debug build (only for --quick)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
sizes="10000 100000 1000000"
config=release
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=1; sizes=1000; extra+=(--quick) ;;
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --config) config=$2; shift ;;
    --callgrind) extra+=(--callgrind) ;;
    --no-forms) extra+=(--no-forms) ;;
    *) echo "usage: Benchmarks/run.sh [--quick] [--runs N] [--sizes 'N …'] [--config release|debug] [--callgrind] [--no-forms]" >&2; exit 2 ;;
  esac
  shift
done
swift build -c "$config" --product pixready >&2
swift build -c "$config" --product pixready-bench >&2
bin=$(swift build -c "$config" --show-bin-path)
python3 Benchmarks/bench.py --binary "$bin/pixready" --bench "$bin/pixready-bench" --runs "$runs" --sizes "$sizes" ${extra[@]+"${extra[@]}"}
