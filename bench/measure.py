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
MINIMAL = ROOT / "target/release/minimal-window"
CLI = ROOT / "target/release/caravan"
# The floor: one SQL statement run by a process of its own, with the SQLite Caravan is
# built with (Debian's sqlite3 is too old to read the search index).
SQL = ROOT / "target/release/examples/sqlite_query"
DB10K = ROOT / "target/bench/works-10000.db"
DB100K = ROOT / "target/bench/works-100000.db"
DEMO = ROOT / "target/bench/demo.db"
SUBS100K = ROOT / "target/bench/submissions-100000.db"
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


def startup_once(app=APP):
    env = dict(os.environ, CARAVAN_STARTUP_PROBE="1")
    start = time.perf_counter()
    proc = subprocess.Popen([str(app), "--db", str(DB10K)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
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
# straight from SQLite, printed as JSON.
SQLITE_PAGE = """
SELECT w.id, w.kind, w.year, json_group_array(json_object('lang', t.lang, 'text', t.text, 'original', t.is_original)) AS titles
FROM (SELECT id, kind, year FROM works ORDER BY id LIMIT 50 OFFSET {offset}) w
JOIN work_texts t ON t.work_id = w.id AND t.field = 'title'
GROUP BY w.id ORDER BY w.id;
"""


# The same search as `caravan search stalker`: the exact-title probe, then the FTS5 match
# ranked by BM25 with the same column weights, ten works with their titles.
SQLITE_SEARCH = """
SELECT w.work_id, json_group_array(json_object('lang', t.lang, 'text', t.text)) FROM (
  SELECT work_id, 1000.0 AS score FROM search_titles WHERE folded = 'stalker'
  UNION ALL
  SELECT * FROM (SELECT rowid AS work_id, -bm25(search_index, 10.0, 4.0, 2.0) AS score FROM search_index
                 WHERE search_index MATCH 'stalker*' ORDER BY bm25(search_index, 10.0, 4.0, 2.0) LIMIT 10)
  LIMIT 10) w
JOIN work_texts t ON t.work_id = w.work_id AND t.field = 'title' GROUP BY w.work_id;
"""


def paired(a, b, runs):
    """Runs two commands alternately, so both see the same machine."""
    ta, tb = [], []
    for _ in range(runs):
        ta += timed(a, 1)
        tb += timed(b, 1)
    return summary(ta), summary(tb)


def main():
    results = {}
    # Caravan's window and the minimal one, interleaved; the first of each warms the cache.
    runs, floor = [], []
    for i in range(RUNS + 1):
        r, f = startup_once(APP), startup_once(MINIMAL)
        if i > 0:
            runs.append(r)
            floor.append(f)
    for key, rows in (("startup_10k", runs), ("startup_minimal_window", floor)):
        results[key] = {k: summary([r[k] for r in rows]) for k in ("wall_ms", "in_app_ms", "pss_mib", "rss_mib")}
        results[key]["processes"] = rows[0]["processes"]

    for label, offset in (("first_page", 0), ("last_page", 99950)):
        caravan, sqlite = paired(
            [str(CLI), "--db", str(DB100K), "--json", "works", "list", "--offset", str(offset)],
            [str(SQL), str(DB100K), SQLITE_PAGE.format(offset=offset)],
            30,
        )
        results[f"works_list_100k_{label}"] = {"caravan_ms": caravan, "sqlite3_ms": sqlite}
    caravan, sqlite = paired(
        [str(CLI), "--db", str(DB100K), "--json", "search", "stalker"],
        [str(SQL), str(DB100K), SQLITE_SEARCH],
        30,
    )
    results["search_100k"] = {"caravan_ms": caravan, "sqlite3_ms": sqlite}
    show = timed([str(CLI), "--db", str(DB100K), "--json", "works", "show", "50000"], 30)
    results["works_show_100k"] = {"caravan_ms": summary(show)}

    import window

    results["submissions_view"] = window.submissions_view(APP, [("demo", DEMO), ("100k", SUBS100K)], RUNS)

    out = ROOT / "target/bench/results.json"
    out.write_text(json.dumps(results, indent=2))
    for key, title in (("startup_10k", "Caravan, 10,000 works"), ("startup_minimal_window", "minimal Tauri window, one static page")):
        s = results[key]
        print(f"window cold start to first paint, {title} ({RUNS} runs, median / p95):")
        print(f"  wall {s['wall_ms']['median']:.0f} / {s['wall_ms']['p95']:.0f} ms   (in-process {s['in_app_ms']['median']:.0f} ms)")
        print(f"  memory over {s['processes']} processes: PSS {s['pss_mib']['median']:.0f} MiB, RSS {s['rss_mib']['median']:.0f} MiB")
    a, b = results["startup_10k"], results["startup_minimal_window"]
    print(f"  ratios: time {a['wall_ms']['median'] / b['wall_ms']['median']:.2f}, PSS {a['pss_mib']['median'] / b['pss_mib']['median']:.2f}")
    for key, title in (("works_list_100k_first_page", "works list --json, first page"), ("works_list_100k_last_page", "works list --json, last page"), ("search_100k", "search stalker --json")):
        r = results[key]
        c, q = r["caravan_ms"], r["sqlite3_ms"]
        print(f"caravan {title}, 100,000 works (30 runs each, alternating, median / p95):")
        print(f"  caravan {c['median']:.1f} / {c['p95']:.1f} ms   SQL alone {q['median']:.1f} / {q['p95']:.1f} ms   ratio {c['median'] / q['median']:.2f} (p95 {c['p95'] / q['p95']:.2f})")
    w = results["works_show_100k"]["caravan_ms"]
    print(f"caravan works show --json, 100,000 works: {w['median']:.1f} / {w['p95']:.1f} ms")
    v = results["submissions_view"]
    print(f"window: click Submissions to its first rows painted ({RUNS} clicks, median / p95):")
    for name in ("demo", "100k"):
        print(f"  {name}: {v[name]['median']:.0f} / {v[name]['p95']:.0f} ms ({v[name]['rows']} submissions)")
    print(f"  ratio {v['100k']['median'] / v['demo']['median']:.2f}")
    print(f"saved {out.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
