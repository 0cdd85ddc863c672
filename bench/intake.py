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
TRACKS = 20_000
RUNS = 3
REAL_DDEX = ROOT.parent / "shared/real-samples/ddex"

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


def make_catalogue(path: Path) -> None:
    """An ERN 4.3 catalogue of TRACKS sound recordings on one release, titled in many
    scripts, as a distributor delivers a label's back catalogue."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ern:NewReleaseMessage xmlns:ern="http://ddex.net/xml/ern/43" LanguageAndScriptCode="en">',
        "<MessageHeader><MessageId>BENCH</MessageId></MessageHeader>",
        "<PartyList>",
    ]
    for a in range(200):
        out.append(f"<Party><PartyReference>P{a}</PartyReference><PartyName><FullName>Artist {a}</FullName></PartyName></Party>")
    out.append("</PartyList><ResourceList>")
    for n in range(TRACKS):
        en, original, _, _ = TITLES[n % len(TITLES)]
        out.append(
            f"<SoundRecording><ResourceReference>A{n}</ResourceReference><Type>MusicalWorkSoundRecording</Type>"
            f"<SoundRecordingEdition><ResourceId><ISRC>QZ{n // 100000:03d}{n % 100 // 10}{n % 10}{n % 100000:05d}</ISRC></ResourceId>"
            f"<PLine><Year>2024</Year><PLineText>(P) 2024 Bench Records</PLineText></PLine></SoundRecordingEdition>"
            f"<DisplayTitleText>{en} {n}</DisplayTitleText><DisplayTitle><TitleText>{en} {n}</TitleText></DisplayTitle>"
            f"<DisplayTitle LanguageAndScriptCode=\"und\"><TitleText>{original} {n}</TitleText></DisplayTitle>"
            f"<DisplayArtist SequenceNumber=\"1\"><ArtistPartyReference>P{n % 200}</ArtistPartyReference></DisplayArtist>"
            f"<Duration>PT{2 + n % 5}M{n % 60}S</Duration></SoundRecording>"
        )
    out.append("</ResourceList><ReleaseList><Release><ReleaseReference>R0</ReleaseReference>"
               "<ReleaseType>Album</ReleaseType><DisplayTitleText>Bench Catalogue</DisplayTitleText>"
               "<ResourceGroup>")
    for n in range(TRACKS):
        out.append(f"<ResourceGroupContentItem><ReleaseResourceReference>A{n}</ReleaseResourceReference></ResourceGroupContentItem>")
    out.append("</ResourceGroup></Release></ReleaseList></ern:NewReleaseMessage>")
    path.write_text("\n".join(out), encoding="utf-8")


def timed(cmd, prepare=None):
    """Medians of RUNS runs, each into a fresh database, with the peak resident memory of
    the process (from /usr/bin/time)."""
    times = []
    peaks = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory(dir=OUT) as d:
            db = Path(d) / "bench.db"
            if prepare:
                prepare(db)
            args = [str(c).replace("{db}", str(db)) for c in cmd]
            peak_file = Path(d) / "peak"
            start = time.perf_counter()
            r = subprocess.run(["/usr/bin/time", "-o", str(peak_file), "-f", "%M"] + args, capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            if r.returncode != 0:
                sys.exit(f"{cmd[0]} failed: {r.stdout[-2000:]} {r.stderr[-2000:]}")
            times.append(elapsed * 1000)
            peaks.append(int(peak_file.read_text().split()[-1]) / 1024)
    return {"median": statistics.median(times), "runs": [round(t, 1) for t in times],
            "peak_mib": round(statistics.median(peaks), 1)}


def real_ddex():
    """Each real third-party delivery in ../shared, by the ERN version its namespace names:
    whether it imports (a dry run), and what the report says."""
    import re
    rows = []
    if not REAL_DDEX.is_dir():
        return rows
    with tempfile.TemporaryDirectory(dir=OUT) as d:
        db = Path(d) / "real.db"
        subprocess.run([CARAVAN, "--db", db, "edition", "add", "real-ddex", "--name", "Real DDEX"], check=True, capture_output=True)
        for f in sorted(REAL_DDEX.glob("*.xml")):
            head = f.read_text(encoding="utf-8", errors="replace")[:4000]
            m = re.search(r'xmlns(?::\w+)?="http://(?:service\.)?ddex\.net/xml/ern/(\w+)', head)
            r = subprocess.run([CARAVAN, "--db", db, "--json", "import", "ddex", f, "--edition", "real-ddex", "--dry-run"],
                               capture_output=True, text=True)
            doc = json.loads(r.stdout)
            rows.append({
                "file": f.name, "ern": m.group(1) if m else "?", "imports": r.returncode == 0,
                "works": doc.get("imported", 0), "warnings": doc.get("warnings_total", 0),
                "skipped": {s["kind"]: s["count"] for s in doc.get("skipped", [])},
                "error": doc.get("error", {}).get("code"),
            })
    return rows


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
    catalogue = OUT / "ddex-20k.xml"
    make_catalogue(catalogue)
    ddex = timed([CARAVAN, "--db", "{db}", "--json", "import", "ddex", catalogue, "--edition", "bench-2026"], edition)
    results["ddex_20k"] = {"tracks": TRACKS, "bytes": catalogue.stat().st_size, "caravan_ms": ddex}
    results["real_ddex"] = real_ddex()

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
    print(f"  peak memory {i['caravan_ms']['peak_mib']:.0f} MiB")
    dd = results["ddex_20k"]
    print(f"import of a {TRACKS:,}-track ERN 4.3 catalogue ({dd['bytes'] / 1e6:.1f} MB)")
    print(f"  caravan {dd['caravan_ms']['median']:.0f} ms   peak memory {dd['caravan_ms']['peak_mib']:.0f} MiB")
    print("real third-party DDEX deliveries (dry run)")
    for r in results["real_ddex"]:
        print(f"  ern/{r['ern']:<5} {r['file']:<36} {'imports' if r['imports'] else 'refused ' + str(r['error']):<24} works {r['works']:>3}  warnings {r['warnings']}  skipped {r['skipped']}")
    s = results["search_100k"]
    print(f"search over {s['works']:,} works, {len(s['queries'])} queries x {s['rounds']} rounds")
    print(f"  caravan p50 {s['caravan']['median_ms']:.2f} ms  p95 {s['caravan']['p95_ms']:.2f} ms   raw FTS5 MATCH p50 {s['raw_fts5']['median_ms']:.2f} ms  p95 {s['raw_fts5']['p95_ms']:.2f} ms (goal p95 <= 5 ms)")
    for q in s["queries"]:
        print(f"    {q['query']:<24} hits {q['hits']:>2}  caravan {q['caravan']['median_ms']:.2f}/{q['caravan']['p95_ms']:.2f}  raw {q['raw_fts5']['median_ms']:.2f}/{q['raw_fts5']['p95_ms']:.2f}")


if __name__ == "__main__":
    main()
