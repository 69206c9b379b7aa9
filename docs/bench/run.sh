#!/usr/bin/env bash
# Times gongwen beside docxtemplater and docxtpl on the peers' workloads, in
# one alternating run of ../shared/peers/bench.sh, then gongwen alone on W1
# at N = 1000, 10 000 and 100 000 for linearity, and checks gongwen's outputs
# with the peers' verify.py. Results go to docs/bench/results/ (the markdown
# table) and are summarised by hand in docs/performance.md.
#
#   docs/bench/run.sh                         everything (≈8 min on 2 cores)
#   docs/bench/run.sh --runs 3 --cases w1_10000,w2   a subset (bench.py flags)
#   SKIP_VERIFY=1 SKIP_LINEAR=1 docs/bench/run.sh …  only the side-by-side table
#
# ../shared/peers is read-only: it is copied to $PEERS_WORK (default
# /tmp/gongwen-peers), where npm ci, the templates and the data are made.
# Nothing is installed system-wide; the peers' README lists what it needs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${PEERS_SRC:-$ROOT/../shared/peers}
WORK=${PEERS_WORK:-/tmp/gongwen-peers}
PY=/usr/bin/python3
RESULTS=$ROOT/docs/bench/results

[ -f "$SRC/bench.py" ] || { echo "run.sh: no peers at $SRC (set PEERS_SRC)" >&2; exit 2; }
mkdir -p "$WORK/peers" "$WORK/bin" "$RESULTS"
# Refresh the scripts and templates, keep node_modules/ and out/ between runs.
(cd "$SRC" && tar --exclude=./node_modules --exclude=./out -cf - .) | (cd "$WORK/peers" && tar -xf -)
chmod -R u+w "$WORK/peers"

# gongwen: the product's binary (hidden peer command, the same code as
# render); gongwen-peer: the same engine without the CLI and the Excel side,
# to show what the rest of the binary costs in memory.
BIN=$WORK/bin/gongwen
SLIM=$WORK/bin/gongwen-peer
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen && go build -trimpath -o "$SLIM" ./cmd/gongwen-peer)
ENGINES=(--engine "gongwen=$BIN peer@gotemplate" --engine "gongwen-peer=$SLIM@gotemplate")

cd "$WORK/peers"
[ -d node_modules/docxtemplater ] || npm ci --no-audit --no-fund
[ -f templates/w1_gotemplate.docx ] || $PY make_templates.py
[ -f out/data/w2_1000.json ] && [ -f out/data/w1_n10000.json ] || $PY gen_data.py
stamp=$(date -u +%Y%m%d-%H%M%S)

if [ -z "${SKIP_VERIFY:-}" ]; then
  echo "== verify.py (correctness of every engine's outputs)" >&2
  $PY verify.py "${ENGINES[@]}" 2>&1 | tee "$RESULTS/verify-$stamp.txt" | tail -n 25
fi

echo "== bench.sh (side by side)" >&2
./bench.sh "${ENGINES[@]}" "$@" | tee "$RESULTS/bench-$stamp.md"

if [ -z "${SKIP_LINEAR:-}" ]; then
  echo "== gongwen alone, W1 N = 1000 … 100 000" >&2
  [ -f out/data/w1_n100000.json ] || $PY gen_data.py out/data-big --sizes 100000 --notices 1 >/dev/null
  [ -f out/data/w1_n100000.json ] || cp out/data-big/w1_n100000.json out/data/
  $PY "$ROOT/docs/bench/linear.py" "$BIN" | tee "$RESULTS/linear-$stamp.md"
fi
echo "results in $RESULTS/*-$stamp.*" >&2
