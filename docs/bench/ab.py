#!/usr/bin/python3
"""A/B of gongwen binaries on the harness's W1 (N=10 000) or W2 (x1000), alone.

    ABPREFIX="chrt -f 10" /usr/bin/python3 docs/bench/ab.py w2 12 /tmp/old/gongwen /tmp/new/gongwen

Runs $GONGWEN_RUNNER (default run_gongwen_sh.sh, docs/bench/run_gongwen.sh as
docs/bench/run.sh copies it under $PEERS_WORK; run_gongwen.sh for the peers' own) as
bench.py's run_once does: the output folder removed before each run, a fresh process
reaped with wait4, binaries alternating in rotated order after one warm-up round.
ABPREFIX is put before the command: `chrt -f 10` runs it ahead of the other processes
of a loaded machine (root only). Prints the median wall and CPU time and the median
peak RSS (ru_maxrss, as the harness reports it) of each binary.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

wl, runs, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
P = os.path.join(os.environ.get("PEERS_WORK", "/tmp/gongwen-peers"), "peers")
OUT = os.environ.get("AB_OUT", "/tmp/gongwen-ab")
prefix = os.environ.get("ABPREFIX", "").split()
RUNNER = os.environ.get("GONGWEN_RUNNER", "run_gongwen_sh.sh")
wall = {b: [] for b in bins}
cpu = {b: [] for b in bins}
rss = {b: [] for b in bins}
for r in range(runs + 1):
    for i, b in enumerate(bins[r % len(bins):] + bins[:r % len(bins)]):
        out = os.path.join(OUT, wl, str(bins.index(b)))
        shutil.rmtree(out, ignore_errors=True)
        if wl == "w2":
            argv = [P + "/templates/w2_gotemplate.docx", P + "/out/data/w2_1000.json", out, "many"]
        else:
            argv = [P + "/templates/w1_gotemplate.docx", P + "/out/data/w1_n10000.json", out, "single"]
        argv = prefix + [os.path.join(P, RUNNER)] + argv
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=dict(os.environ, GONGWEN=b))
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        w = time.perf_counter() - t0
        if status != 0:
            sys.exit("%s failed: %s" % (b, err[-400:].decode("utf-8", "replace")))
        if r > 0:
            wall[b].append(w)
            cpu[b].append(ru.ru_utime + ru.ru_stime)
            rss[b].append(ru.ru_maxrss / 1024)
for b in bins:
    print("%-40s wall median %.3f s (min %.3f)  CPU median %.3f s  peak RSS median %.1f MiB  [%s]" % (
        b, statistics.median(wall[b]), min(wall[b]), statistics.median(cpu[b]), statistics.median(rss[b]),
        " ".join("%.3f" % x for x in wall[b])))
