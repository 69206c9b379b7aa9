#!/usr/bin/env bash
# Start-up cost of `gongwen version` at one or more revisions, in figures the
# machine's load does not move (wall times on the shared 2-core machine do):
#   instructions   valgrind --tool=callgrind (user space, every thread)
#   page faults    perf stat -e page-faults, mean of 30 runs
#   init bytes     GODEBUG=inittrace=1: bytes and objects allocated by the
#                  initialisation of every linked package
#   peak RSS       /usr/bin/time's maximum resident set size, median of 9
# and, for reference, task-clock (CPU ms, load-sensitive) and a bare Go
# program's figures.
#
#   docs/bench/startup.sh                 HEAD
#   docs/bench/startup.sh ad07438 HEAD    before and after
#   CGO_ENABLED=1 docs/bench/startup.sh   with cgo (default: off, the release build)
#
# Each revision is exported with git archive into a temporary folder and
# built there with -trimpath, as docs/bench/run.sh builds it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export CGO_ENABLED=${CGO_ENABLED:-0}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
[ $# -gt 0 ] || set -- HEAD

mkdir -p "$TMP/hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$TMP/hello/main.go"
(cd "$TMP/hello" && go mod init hello >/dev/null 2>&1 && go build -trimpath -o "$TMP/hello.bin" .)

measure() { # name binary args...
  local name=$1; shift
  local ir faults clock rss init
  ir=$(GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*refs: *//p' | tr -d ,)
  read -r faults clock < <(perf stat -r 30 -x, -e page-faults,task-clock "$@" 2>&1 >/dev/null |
    awk -F, '$3=="page-faults"{f=$1} $3=="task-clock"{c=$1} END{printf "%d %.1f\n", f, c}')
  rss=$(for _ in 1 2 3 4 5 6 7 8 9; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; done | sort -n | sed -n 5p)
  init=$(GODEBUG=inittrace=1 "$@" 2>&1 >/dev/null |
    awk '/^init /{b+=$(NF-3); a+=$(NF-1)} END{printf "%d B in %d objects", b, a}')
  printf '| %s | %s | %s | %s | %s KiB | %s |\n' "$name" "$ir" "$faults" "$clock" "$rss" "$init"
}

echo "$(date -u '+%F %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), CGO_ENABLED=$CGO_ENABLED"
echo
echo '| binary | instructions | page faults | task-clock ms | peak RSS | package init allocates |'
echo '|---|---:|---:|---:|---:|---|'
measure "bare Go (hello)" "$TMP/hello.bin"
for rev in "$@"; do
  src=$TMP/src-$rev
  mkdir -p "$src"
  git -C "$ROOT" archive "$rev" | tar -x -C "$src"
  (cd "$src" && go build -trimpath -o "$TMP/gongwen-$rev" ./cmd/gongwen)
  measure "gongwen version @ $(git -C "$ROOT" rev-parse --short "$rev")" "$TMP/gongwen-$rev" version
done
