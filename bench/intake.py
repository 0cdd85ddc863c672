"""Measures intake and search; see bench/intake. Medians of several runs, each import into
a fresh database, the floor measured in the same run on the same file."""
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CARAVAN = ROOT / "target/release/caravan"
SEARCH = ROOT / "target/release/examples/search_latency"
SAMPLE = ROOT / "tests/fixtures/filmfreeway/festival-export.csv"
OUT = ROOT / "target/bench"
ROWS = 10_000
RUNS = 3

# Original titles in many scripts, as festivals receive them.
TITLES = [
    ("Farewell My Concubine", "霸王别姬", "Mandarin", "China"),
    ("Spirited Away", "千と千尋の神隠し", "Japanese", "Japan"),
    ("Parasite", "기생충", "Korean", "Korea"),
    ("Leviathan", "Левиафан", "Russian", "Russia"),
    ("Theeb", "ذيب", "Arabic", "Jordan"),
    ("Uncle Boonmee", "ลุงบุญมีระลึกชาติ", "Thai", "Thailand"),
    ("Repentance", "მონანიება", "Georgian", "Georgia"),
    ("Lagaan", "लगान", "Hindi", "India"),
    ("Ulysses' Gaze", "Το βλέμμα του Οδυσσέα", "Greek", "Greece"),
    ("The Color of Pomegranates", "Նռան գույնը", "Armenian", "Armenia"),
    ("Amélie", "Le Fabuleux Destin d'Amélie Poulain", "French", "France"),
    ("Satantango", "Sátántangó", "Hungarian", "Hungary"),
    ("Kyz Zhibek", "Қыз Жібек", "Kazakh", "Kazakhstan"),
    ("Pather Panchali", "পথের পাঁচালী", "Bengali", "India"),
]


def make_export(path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    col = {h: i for i, h in enumerate(header)}
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for n in range(ROWS):
            row = list(body[n % len(body)])
            en, original, lang, country = TITLES[n % len(TITLES)]
            row[col["Submission ID"]] = str(9_000_000 + n)
            row[col["Tracking Number"]] = f"BEN{n:06d}"
            row[col["Project Title"]] = f"{en} {n}"
            row[col["Project Title (Original Language)"]] = f"{original} {n}"
            row[col["Language"]] = lang
            row[col["Country of Origin"]] = country
            w.writerow(row)


def timed(cmd, prepare=None):
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory(dir=OUT) as d:
            db = Path(d) / "bench.db"
            if prepare:
                prepare(db)
            start = time.perf_counter()
            r = subprocess.run([str(c).replace("{db}", str(db)) for c in cmd], capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            if r.returncode != 0:
                sys.exit(f"{cmd[0]} failed: {r.stdout[-2000:]} {r.stderr[-2000:]}")
            times.append(elapsed * 1000)
    return {"median": statistics.median(times), "runs": [round(t, 1) for t in times]}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    export = OUT / "filmfreeway-10k.csv"
    make_export(export)
    size = export.stat().st_size

    def edition(db):
        subprocess.run([CARAVAN, "--db", db, "edition", "add", "bench-2026", "--name", "Bench 2026"], check=True, capture_output=True)

    caravan = timed([CARAVAN, "--db", "{db}", "--json", "import", "filmfreeway", export, "--edition", "bench-2026"], edition)
    floor = timed(["sqlite3", "{db}", f".import --csv {export} submissions"])
    results = {
        "import_10k": {"rows": ROWS, "bytes": size, "caravan_ms": caravan, "sqlite3_import_ms": floor,
                        "ratio": caravan["median"] / floor["median"]},
    }

    db100k = OUT / "works-100000.db"
    if not db100k.exists():
        subprocess.run([CARAVAN, "--db", db100k, "demo"], check=True, capture_output=True)
        subprocess.run([CARAVAN, "--db", db100k, "demo", "--generate", str(100_000 - 70)], check=True, capture_output=True)
    search = subprocess.run([SEARCH, db100k, "30"], check=True, capture_output=True, text=True)
    results["search_100k"] = json.loads(search.stdout)

    (OUT / "intake.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    i = results["import_10k"]
    print(f"import of {ROWS:,} FilmFreeway rows ({size / 1e6:.1f} MB)")
    print(f"  caravan {i['caravan_ms']['median']:.0f} ms   sqlite3 .import {i['sqlite3_import_ms']['median']:.0f} ms   ratio {i['ratio']:.2f} (goal <= 2)")
    s = results["search_100k"]
    print(f"search over {s['works']:,} works, {len(s['queries'])} queries x {s['rounds']} rounds")
    print(f"  caravan p50 {s['caravan']['median_ms']:.2f} ms  p95 {s['caravan']['p95_ms']:.2f} ms   raw FTS5 MATCH p50 {s['raw_fts5']['median_ms']:.2f} ms  p95 {s['raw_fts5']['p95_ms']:.2f} ms (goal p95 <= 5 ms)")
    for q in s["queries"]:
        print(f"    {q['query']:<24} hits {q['hits']:>2}  caravan {q['caravan']['median_ms']:.2f}/{q['caravan']['p95_ms']:.2f}  raw {q['raw_fts5']['median_ms']:.2f}/{q['raw_fts5']['p95_ms']:.2f}")


if __name__ == "__main__":
    main()
