"""Measures Caravan's start-up and command-line latency; see bench/README.md.

Start-up: the release window is launched with CARAVAN_STARTUP_PROBE set, so once the UI
has painted the first page of works it prints one JSON line and, 300 ms later, exits. The
wall time from launch to that line is the cold start; the memory (PSS and RSS) of the
window process and every process it started is read from /proc in between.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "target/release/caravan-app"
CLI = ROOT / "target/release/caravan"
DB10K = ROOT / "target/bench/works-10000.db"
DB100K = ROOT / "target/bench/works-100000.db"
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def descendants(pid):
    children = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def memory_kib(pids):
    pss = rss = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss


def startup_once():
    env = dict(os.environ, CARAVAN_STARTUP_PROBE="1")
    start = time.perf_counter()
    proc = subprocess.Popen([str(APP), "--db", str(DB10K)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    line = proc.stdout.readline()
    wall_ms = (time.perf_counter() - start) * 1000
    pids = descendants(proc.pid)
    pss, rss = memory_kib(pids)
    proc.wait(timeout=30)
    probe = json.loads(line)
    return {"wall_ms": wall_ms, "in_app_ms": probe["first_paint_ms"], "pss_mib": pss / 1024, "rss_mib": rss / 1024, "processes": len(pids)}


def timed(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(values):
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return {"median": statistics.median(values), "p95": p95, "min": values[0], "max": values[-1]}


# The same first page as `caravan works list`: 50 works in id order with every title,
# straight from SQLite, printed as JSON by sqlite3 itself.
SQLITE_PAGE = """
SELECT w.id, w.kind, w.year, json_group_array(json_object('lang', t.lang, 'text', t.text, 'original', t.is_original)) AS titles
FROM (SELECT id, kind, year FROM works ORDER BY id LIMIT 50 OFFSET {offset}) w
JOIN work_texts t ON t.work_id = w.id AND t.field = 'title'
GROUP BY w.id ORDER BY w.id;
"""


def main():
    results = {}
    runs = [startup_once() for _ in range(RUNS + 1)][1:]  # the first run warms the page cache
    results["startup_10k"] = {k: summary([r[k] for r in runs]) for k in ("wall_ms", "in_app_ms", "pss_mib", "rss_mib")}
    results["startup_10k"]["processes"] = runs[0]["processes"]

    for label, offset in (("first_page", 0), ("last_page", 99950)):
        caravan = timed([str(CLI), "--db", str(DB100K), "--json", "works", "list", "--offset", str(offset)], 30)
        sqlite = timed(["sqlite3", "-json", str(DB100K), SQLITE_PAGE.format(offset=offset)], 30)
        results[f"works_list_100k_{label}"] = {"caravan_ms": summary(caravan), "sqlite3_ms": summary(sqlite)}
    show = timed([str(CLI), "--db", str(DB100K), "--json", "works", "show", "50000"], 30)
    results["works_show_100k"] = {"caravan_ms": summary(show)}

    out = ROOT / "target/bench/results.json"
    out.write_text(json.dumps(results, indent=2))
    s = results["startup_10k"]
    print(f"window cold start to first painted list, 10,000 works ({RUNS} runs, median / p95):")
    print(f"  wall {s['wall_ms']['median']:.0f} / {s['wall_ms']['p95']:.0f} ms   (in-process {s['in_app_ms']['median']:.0f} ms)")
    print(f"  memory over {s['processes']} processes: PSS {s['pss_mib']['median']:.0f} MiB, RSS {s['rss_mib']['median']:.0f} MiB")
    for label in ("first_page", "last_page"):
        r = results[f"works_list_100k_{label}"]
        c, q = r["caravan_ms"], r["sqlite3_ms"]
        print(f"caravan works list --json, 100,000 works, {label.replace('_', ' ')} (30 runs, median / p95):")
        print(f"  caravan {c['median']:.1f} / {c['p95']:.1f} ms   sqlite3 same page {q['median']:.1f} / {q['p95']:.1f} ms   ratio {c['median'] / q['median']:.2f}")
    w = results["works_show_100k"]["caravan_ms"]
    print(f"caravan works show --json, 100,000 works: {w['median']:.1f} / {w['p95']:.1f} ms")
    print(f"saved {out.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
