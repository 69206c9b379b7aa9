#!/usr/bin/env bash
# Times gongwen beside docxtemplater and docxtpl with the peers' own harness
# (../shared/peers), in one run, on the commands a user types: the peers'
# runner (docs/bench/run_gongwen.sh) runs `gongwen render --raw` (W1, one document) and
# `gongwen render --raw --each .Records` (W2, 1000 documents). Outputs go to
# disk (out/bench under the peers' copy). Then, the same way: W1 at
# N = 100 000, start-up, `gongwen build` (extra.py), and gongwen alone at
# N = 1000 … 100 000 for linearity (linear.py). Results, raw runs included,
# go to docs/bench/results/; docs/performance.md is written from them.
#
#   docs/bench/run.sh                     everything (≈25 min on 2 cores)
#   RUNS=3 SKIP_VERIFY=1 docs/bench/run.sh   fewer runs, no correctness check
#   CASES=w1_10000,w2 EXTRA=startup LINEAR=0 W100K=1 RUNS=3 SKIP_VERIFY=1 docs/bench/run.sh
#                                         the issue's figures only: W1 N=10 000 and W2
#                                         beside the peers, start-up and build, and W1
#                                         N=100 000 beside docxtemplater (w100k.py)
#
# CASES are bench.sh's cases; EXTRA are extra.py's (startup: start-up and
# build; soffice: W1 N=100 000 with every engine), empty to skip; LINEAR=0
# skips linear.py; W100K=1 runs w100k.py (docxtemplater and gongwen only,
# 2 runs each, at N=100 000).
#
# ../shared/peers is read-only: it is copied to $PEERS_WORK (default
# /tmp/gongwen-peers), where npm ci, the templates and the data are made.
# RUNNER=peers times gongwen through the peers' own run_gongwen.sh instead
# of docs/bench/run_gongwen.sh. Nothing is installed system-wide; the peers' README lists what it needs
# (Debian's python3-docx and python3-docxtpl, node, npm).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${PEERS_SRC:-$ROOT/../shared/peers}
[ -f "$SRC/bench.py" ] || [ -n "${PEERS_SRC:-}" ] || SRC=$ROOT/../../shared/peers  # from a worktree under wt/
WORK=${PEERS_WORK:-/tmp/gongwen-peers}
PY=/usr/bin/python3
RESULTS=$ROOT/docs/bench/results
RUNS=${RUNS:-5}
CASES=${CASES:-w1_100,w1_1000,w1_10000,w2}
EXTRA=${EXTRA-startup,soffice}
LINEAR=${LINEAR:-1}
W100K=${W100K:-0}

[ -f "$SRC/bench.py" ] || { echo "run.sh: no peers at $SRC (set PEERS_SRC)" >&2; exit 2; }
mkdir -p "$WORK/peers" "$WORK/bin" "$RESULTS"
# Refresh the scripts and templates, keep node_modules/ and out/ between runs.
(cd "$SRC" && tar --exclude=./node_modules --exclude=./out -cf - .) | (cd "$WORK/peers" && tar -xf -)
chmod -R u+w "$WORK/peers"

BIN=$WORK/bin/gongwen
HELLO=$WORK/bin/hello
# The release build (docs/deploy.md): static, without cgo. gongwen uses no
# C; with cgo on (the default where gcc is installed) the net package links
# libc and the dynamic loader, which every start pays for (0.6 M more
# instructions and 45 more page faults for `gongwen version`, 1–1.5 MiB more
# resident memory).
(cd "$ROOT" && CGO_ENABLED=0 go build -trimpath -o "$BIN" ./cmd/gongwen)
mkdir -p "$WORK/hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$WORK/hello/main.go"
(cd "$WORK/hello" && [ -f go.mod ] || go mod init hello >/dev/null 2>&1; go build -trimpath -o "$HELLO" .)
export GONGWEN=$BIN HELLO ROOT
# gongwen's runner: docs/bench/run_gongwen.sh (dash, execs gongwen at once)
# unless RUNNER=peers, the peers' own bash run_gongwen.sh, whose forks add
# ~40 ms to every run (see the script). Same commands either way.
cp "$ROOT/docs/bench/run_gongwen.sh" "$WORK/peers/run_gongwen_sh.sh"
export GONGWEN_RUNNER=./run_gongwen_sh.sh
[ "${RUNNER:-}" = peers ] && GONGWEN_RUNNER=./run_gongwen.sh
ENGINES=(--engine "gongwen=$GONGWEN_RUNNER@gotemplate")

cd "$WORK/peers"
[ -d node_modules/docxtemplater ] || npm ci --no-audit --no-fund
[ -f templates/w1_gotemplate.docx ] || $PY make_templates.py
[ -f out/data/w2_1000.json ] && [ -f out/data/w1_n10000.json ] || $PY gen_data.py
if [ ! -f out/data/w1_n100000.json ]; then
  $PY gen_data.py out/data-big --sizes 100000 --notices 1 >/dev/null
  cp out/data-big/w1_n100000.json out/data/
fi
stamp=$(date -u +%Y%m%d-%H%M%S)
{ date -u; uptime; nproc; free -m; "$BIN" version; node --version; $PY --version; } >"$RESULTS/machine-$stamp.txt" 2>&1

if [ -z "${SKIP_VERIFY:-}" ]; then
  echo "== verify.py (correctness of every engine's outputs)" >&2
  $PY verify.py "${ENGINES[@]}" 2>&1 | tee "$RESULTS/verify-$stamp.txt" | tail -n 25
fi

echo "== bench.sh: W1 N=100/1000/10000 and W2, side by side, outputs on disk" >&2
./bench.sh "${ENGINES[@]}" --runs "$RUNS" --cases "$CASES" --out-root out/bench \
  | tee "$RESULTS/bench-$stamp.md"
cp "$(ls -t out/results/bench-*.json | head -n 1)" "$RESULTS/bench-$stamp.json"

if [ -n "$EXTRA" ]; then
  echo "== extra.py ($EXTRA): W1 N=100000 side by side, start-up, build" >&2
  cp "$ROOT/docs/bench/extra.py" .
  $PY extra.py "${ENGINES[@]}" --cases "$EXTRA" --runs $((RUNS * 2)) --soffice-runs 3 \
    --out-root out/bench | tee "$RESULTS/extra-$stamp.md"
  cp "$(ls -t out/results/bench-*.json | head -n 1)" "$RESULTS/extra-$stamp.json"
fi

if [ "$W100K" = 1 ]; then
  echo "== w100k.py: W1 N=100000, docxtemplater and gongwen, 2 runs each" >&2
  $PY "$ROOT/docs/bench/w100k.py" "$RESULTS/w100k-$stamp.json" | tee "$RESULTS/w100k-$stamp.md"
fi

if [ "$LINEAR" = 1 ]; then
  echo "== linear.py: gongwen alone, W1 N = 1000 … 100 000" >&2
  $PY "$ROOT/docs/bench/linear.py" "$BIN" --runs "$RUNS" | tee "$RESULTS/linear-$stamp.md"
fi
{ echo "after:"; date -u; uptime; } >>"$RESULTS/machine-$stamp.txt"
echo "results in $RESULTS/*-$stamp.*" >&2
