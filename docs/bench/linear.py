#!/usr/bin/python3
"""linear.py GONGWEN [--runs 5]: time `gongwen render --raw` (through the peers' run_gongwen.sh, GONGWEN=binary) alone on W1 at N = 1000,
10 000 and 100 000 (the peers' data in out/data of the current directory, a
copy of ../shared/peers) and print a markdown table with time per row, so
linearity in N can be read off. Measured as the peers' bench.py does: a fresh
process each run, reaped with wait4 (peak RSS = ru_maxrss), outputs on disk (out/linear)."""
import os
import shutil
import statistics
import subprocess
import sys
import time

def run(argv, out):
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(argv), err.decode(errors="replace")[-600:]))
    return wall, ru.ru_maxrss / 1024.0

def main():
    os.environ["GONGWEN"] = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--runs" else 5
    root = "out/linear"  # on disk, as the side-by-side runs
    print("| N | wall median (s) | min-max (s) | µs per row | peak RSS median (MiB) | output |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in (1000, 10000, 100000):
        data = "out/data/w1_n%d.json" % n
        out = os.path.join(root, "n%d" % n)
        argv = [os.environ.get("GONGWEN_RUNNER", "./run_gongwen_sh.sh"), "templates/w1_gotemplate.docx", data, out, "single"]
        run(argv, out)  # warm-up
        res = [run(argv, out) for _ in range(runs)]
        walls = [w for w, _ in res]
        size = os.path.getsize(os.path.join(out, "out.docx"))
        med = statistics.median(walls)
        print("| %d | %.3f | %.3f-%.3f | %.1f | %.1f | %.0f KiB |" % (
            n, med, min(walls), max(walls), med / n * 1e6,
            statistics.median(r for _, r in res), size / 1024.0))
    shutil.rmtree(root, ignore_errors=True)

if __name__ == "__main__":
    main()
