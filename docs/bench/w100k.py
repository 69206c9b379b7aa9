"""w100k.py [OUT.json]: W1 N=100 000, docxtemplater and gongwen (run_gongwen.sh)
only, alternating, 2 runs each, no warm-up; run from the peers' copy (run.sh
with W100K=1). docxtpl takes about a minute a run, so it is left out here;
extra.py's 'soffice' case runs every engine."""
import os, sys, json, statistics
sys.path.insert(0, os.getcwd())
import bench
d = "out/data/w1_n100000.json"
cmds = [("docxtemplater", ["node", "run_docxtemplater.js", "templates/w1_docxtemplater.docx", d, "out/bench/w100k_dt", "single"], "out/bench/w100k_dt"),
        ("gongwen", [os.environ.get("GONGWEN_RUNNER", "./run_gongwen_sh.sh"), "templates/w1_gotemplate.docx", d, "out/bench/w100k_gw", "single"], "out/bench/w100k_gw")]
res = {n: [] for n, _, _ in cmds}
for rnd in range(2):
    for n, argv, od in (cmds if rnd % 2 == 0 else cmds[::-1]):
        r = bench.run_once(argv, od)
        res[n].append(r)
        print(n, rnd, r["rc"], "%.3f s" % r["wall_s"], "%.1f MiB" % (r["maxrss_kb"] / 1024), "cpu %.2f" % r["cpu_s"], file=sys.stderr, flush=True)
print("| command | runs | wall median (s) | min-max (s) | peak RSS median (MiB) | CPU median (s) |")
print("|---|---:|---:|---:|---:|---:|")
for n, _, _ in cmds:
    s = bench.summarize(res[n])
    print("| %s | %d | %.3f | %.3f-%.3f | %.1f | %.2f |" % (n, s["n"], s["wall_median"], s["wall_min"], s["wall_max"], s["rss_median_mb"], s["cpu_median"]))
if len(sys.argv) > 1:
    with open(sys.argv[1], "w") as f:
        json.dump(res, f, indent=1)
