#!/usr/bin/python3
"""extra.py: the peers' bench.py (imported from the current directory, a copy of
../shared/peers) with the workloads issue 14 also asks for, measured the same way
(fresh process, wait4 rusage, alternating rotated order, outputs removed before
each run) and in the same run as the peers:

  W1 N=100 000   docxtemplater, docxtpl, gongwen (run_gongwen.sh) and the floors
  start-up       `gongwen version`, a bare Go binary, node/python start-up
  build          `gongwen build` of the repository's gongwen.yaml (46 files)

usage (from the peers' copy):
  GONGWEN=bin/gongwen HELLO=bin/hello ROOT=repo /usr/bin/python3 extra.py \\
      --engine 'gongwen=./run_gongwen.sh@gotemplate' --cases soffice,startup \\
      --runs 10 --soffice-runs 3 --out-root out/bench

bench.py's case table is built from its module-level functions when main()
runs, so the two cases are swapped in here: 'soffice' becomes W1 N=100 000
(its run count is --soffice-runs, as docxtpl takes about a minute a run) and
'startup' gains gongwen's start-up and build."""
import os
import sys

sys.path.insert(0, os.getcwd())
import bench  # noqa: E402

GONGWEN = os.path.abspath(os.environ["GONGWEN"])
HELLO = os.path.abspath(os.environ["HELLO"])
ROOT = os.path.abspath(os.environ["ROOT"])
peers_startup = bench.startup_case


def w1_100000():
    case = bench.w1_case(100000)
    case["name"], case["key"] = "W1 N=100000", "w1_100000"
    return case


def startup_and_build():
    case = peers_startup()
    out = os.path.join(bench.BENCH, "gongwen_build")
    case["name"] = "startup / build"
    case["cmds"] = [
        ("gongwen version", [GONGWEN, "version"], None),
        ("bare Go binary (hello world)", [HELLO], None),
    ] + case["cmds"] + [
        ("gongwen build (gongwen.yaml, 46 files)",
         [GONGWEN, "build", "-f", os.path.join(ROOT, "gongwen.yaml"), "-o", out], out),
    ]
    return case


bench.soffice_case = w1_100000
bench.startup_case = startup_and_build

if __name__ == "__main__":
    sys.exit(bench.main())
