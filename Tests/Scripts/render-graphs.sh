#!/usr/bin/env bash
# Renders every shipped tree's flowchart to SVG with Graphviz, so a reviewer can hold it next to the
# paper flowchart. Not run by `swift test`. Needs `dot` (Debian: apt-get install graphviz).
#   Tests/Scripts/render-graphs.sh [OUTPUT_DIR]   (default: .build/graphs)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-.build/graphs}"
if ! command -v dot >/dev/null 2>&1; then
  echo "render-graphs: graphviz is not installed (apt-get install graphviz); nothing rendered." >&2
  exit 0
fi
mkdir -p "$out"
swift build -q --product pixready
bin="$(swift build --show-bin-path)/pixready"
status=0
for tree in Trees/*.json; do
  name="$(basename "$tree" .json)"
  for lang in fr en; do
    svg="$out/$name.$lang.svg"
    if "$bin" graph "$tree" --lang "$lang" | dot -Tsvg -o "$svg"; then
      echo "$svg"
    else
      echo "render-graphs: dot failed on $tree ($lang)" >&2
      status=1
    fi
  done
done
exit "$status"
