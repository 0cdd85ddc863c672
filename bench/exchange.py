#!/usr/bin/env python3
"""The exchange's figures, against nginx with its WebDAV modules on loopback:

- pull 1,000 envelopes (`caravan exchange pull --from URL`), against curl fetching the
  same 1,000 files in one process (the floor: the transfer alone, nothing verified,
  decrypted or stored);
- a pull that finds nothing new: how many requests reach nginx (from its access log) and
  how long it takes;
- publish 500 envelopes with a poster each (`caravan exchange publish --to URL`);
- a catalogue of 10,000 works (a copy of the 10,000-work benchmark database) sealed,
  published, pulled and searched on the other side;
- 500 recommendations of a work with its poster, published and pulled.

Each figure is the median of several runs, each on a fresh copy of the receiving
profile. Keys are sealed with a cheap scrypt work factor here, so the figures are the
exchange's and not the passphrase's; the cost of opening keys sealed at the default work
factor is measured on its own. Results go to target/bench/exchange.json.

Run by bench/exchange (alone) and by bench/run (with the others)."""

import json
import os
import shutil
import sqlite3
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CARAVAN = ROOT / "target/release/caravan"
OUT = ROOT / "target/bench"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PULL_N = 1000
PUBLISH_N = 500
# A real photograph of poster size (528 KB), from the shared media corpus.
POSTER = ROOT.parent / "shared/media-corpus/photos/hubble_deep_field.jpg"
if not POSTER.exists():
    POSTER = ROOT / "src-tauri/crates/media/tests/fixtures/formats/pil_sample_cmyk.jpg"

ENV = dict(os.environ, LC_ALL="C", TZ="UTC", CARAVAN_KEYCHAIN="off",
           CARAVAN_PASSPHRASE="bench passphrase", CARAVAN_PASSPHRASE_WORK_FACTOR="10")
ENV.pop("CARAVAN_DB", None)


def caravan(db, *args, env=None):
    run = subprocess.run([str(CARAVAN), "--db", str(db), "--json", *args],
                         capture_output=True, text=True, env=env or ENV)
    if run.returncode != 0:
        sys.exit(f"caravan {' '.join(args)} failed: {run.stdout}{run.stderr}")
    return json.loads(run.stdout)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nginx(work: Path):
    root = work / "root"
    root.mkdir()
    port = free_port()
    module = next(p for p in ["/usr/lib/nginx/modules/ngx_http_dav_ext_module.so",
                              "/usr/share/nginx/modules/ngx_http_dav_ext_module.so"] if Path(p).exists())
    conf = work / "nginx.conf"
    conf.write_text(f"""daemon off; master_process off; worker_processes 1;
pid {work}/nginx.pid; error_log {work}/error.log warn; load_module {module};
events {{ worker_connections 256; }}
http {{
  access_log {work}/access.log;
  client_body_temp_path {work}/body; proxy_temp_path {work}/proxy; fastcgi_temp_path {work}/fcgi;
  uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi; client_max_body_size 512m;
  server {{ listen 127.0.0.1:{port}; location / {{ root {root};
    dav_methods PUT DELETE MKCOL COPY MOVE; dav_ext_methods PROPFIND OPTIONS;
    create_full_put_path on; dav_access user:rw group:rw all:r; }} }}
}}
""")
    proc = subprocess.Popen(["/usr/sbin/nginx", "-p", str(work), "-c", str(conf), "-e", str(work / "error.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}", root, work / "access.log"


def timed(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def median_ms(samples):
    return round(statistics.median(samples) * 1000, 1)


def profile(work: Path, name: str, member: str):
    db = work / f"{member}.db"
    caravan(db, "identity", "init", "--name", name, "--member", member)
    card = work / f"{member}.card"
    caravan(db, "identity", "card", "--out", str(card))
    return db, card


def main():
    if not CARAVAN.exists():
        sys.exit("target/release/caravan is missing: run bench/exchange (it builds it)")
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="caravan-exchange-bench-"))
    (work / "nginx").mkdir()
    nginx, url, root, access_log = start_nginx(work / "nginx")
    results = {}
    try:
        sender, sender_card = profile(work, "Tbilisi IFF", "tbilisi")
        reader, reader_card = profile(work, "Festival de Cannes", "cannes")
        caravan(sender, "members", "import-card", str(reader_card))
        caravan(reader, "members", "import-card", str(sender_card))
        print(f"sealing {PULL_N} notes to cannes…", file=sys.stderr)
        for i in range(PULL_N):
            caravan(sender, "exchange", "note", f"Recommendation {i}: see the film in competition", "--to", "cannes")
        point = f"{url}/alliance"
        start = time.perf_counter()
        published = caravan(sender, "exchange", "publish", "--to", point)
        results["publish_1000_notes_ms"] = round((time.perf_counter() - start) * 1000, 1)
        assert published["published"] == PULL_N, published

        # Pull 1,000, each run on a fresh copy of the reader.
        pulls = []
        for _ in range(RUNS):
            copy = work / "reader-copy.db"
            for suffix in ["", "-wal", "-shm"]:
                Path(str(copy) + suffix).unlink(missing_ok=True)
            shutil.copy(reader, copy)
            got = {}
            pulls.append(timed(lambda: got.update(caravan(copy, "exchange", "pull", "--from", point))))
            assert got["applied"] == PULL_N, got
        results["pull_1000_ms"] = median_ms(pulls)

        # The floor: curl fetching the same files (the head and 1,000 envelopes) in one
        # process, over one connection.
        stream = next((root / "alliance" / "streams").iterdir()).name
        config = work / "curl.cfg"
        lines = [f'url = "{point}/streams/{stream}/head.json"\noutput = "/dev/null"']
        lines += [f'url = "{point}/streams/{stream}/{seq:010}.env"\noutput = "/dev/null"' for seq in range(1, PULL_N + 1)]
        config.write_text("\n".join(lines) + "\n")
        curls = [timed(lambda: subprocess.run(["curl", "-s", "-K", str(config)], check=True)) for _ in range(RUNS)]
        results["curl_1000_ms"] = median_ms(curls)
        results["pull_vs_curl"] = round(results["pull_1000_ms"] / results["curl_1000_ms"], 2)

        # Nothing new: the reader (the last copy, read to the end) pulls again.
        copy = work / "reader-copy.db"
        before = access_log.read_text().count("\n")
        nothing = []
        for _ in range(RUNS):
            got = {}
            nothing.append(timed(lambda: got.update(caravan(copy, "exchange", "pull", "--from", point))))
            assert got["applied"] == 0, got
        after_lines = access_log.read_text().splitlines()[before:]
        results["nothing_new_requests"] = len(after_lines) / RUNS
        results["nothing_new_statuses"] = sorted({line.split('"')[2].split()[0] for line in after_lines})
        results["nothing_new_ms"] = median_ms(nothing)

        # Publish 500 with a poster each, to a fresh point each run.
        poster_bytes = POSTER.stat().st_size
        print(f"sealing {PUBLISH_N} notes with a poster each…", file=sys.stderr)
        poster_sender, _ = profile(work, "Busan IFF", "busan")
        caravan(poster_sender, "members", "import-card", str(reader_card))
        for i in range(PUBLISH_N):
            caravan(poster_sender, "exchange", "note", f"Poster {i}", "--to", "cannes", "--attach", str(POSTER))
        publishes = []
        for run in range(RUNS):
            target = f"{url}/posters-{run}"
            got = {}
            publishes.append(timed(lambda: got.update(caravan(poster_sender, "exchange", "publish", "--to", target))))
            assert got["published"] == PUBLISH_N, got
        results["publish_500_with_poster_ms"] = median_ms(publishes)
        results["poster_bytes"] = poster_bytes

        # A catalogue of 10,000 works: sealed, published, pulled and searched on the other
        # side. The sender is a copy of the 10,000-work benchmark database.
        works10k = ROOT / "target/bench/works-10000.db"
        if works10k.exists():
            big = work / "catalogue-sender.db"
            # A copy through SQLite's backup, so what the write-ahead log holds comes too.
            with sqlite3.connect(works10k) as src, sqlite3.connect(big) as dst:
                src.backup(dst)
            caravan(big, "identity", "init", "--name", "Busan IFF", "--member", "busan-cat")
            caravan(big, "members", "import-card", str(reader_card))
            big_card = work / "busan-cat.card"
            caravan(big, "identity", "card", "--out", str(big_card))
            cat_reader = work / "catalogue-reader.db"
            shutil.copy(reader, cat_reader)
            caravan(cat_reader, "members", "import-card", str(big_card))
            got = {}
            results["catalogue_seal_ms"] = round(timed(lambda: got.update(caravan(big, "catalogue", "publish"))) * 1000, 1)
            results["catalogue_entries"] = got["catalogue"]["entries"]
            results["catalogue_body_bytes"] = got["catalogue"]["bytes"]
            target = f"{url}/catalogue"
            results["catalogue_publish_ms"] = round(timed(lambda: caravan(big, "exchange", "publish", "--to", target)) * 1000, 1)
            stream_dir = next((root / "catalogue" / "streams").iterdir())
            results["catalogue_envelope_bytes"] = max(p.stat().st_size for p in stream_dir.glob("*.env"))
            pulled = {}
            results["catalogue_pull_ms"] = round(timed(lambda: pulled.update(caravan(cat_reader, "exchange", "pull", "--from", target))) * 1000, 1)
            assert pulled["applied"] >= 1, pulled
            searches = []
            for _ in range(RUNS):
                found = {}
                searches.append(timed(lambda: found.update(caravan(cat_reader, "catalogue", "search", "stalker"))))
            results["catalogue_search_ms"] = median_ms(searches)
            results["catalogue_search_hits"] = len(found["entries"])

        # 500 recommendations of a work with its poster, sent and received through nginx.
        recommender, recommender_card = profile(work, "Tbilisi Recommends", "tbilisi-rec")
        caravan(recommender, "demo")
        caravan(recommender, "members", "import-card", str(reader_card))
        rec_reader = work / "recommendation-reader.db"
        shutil.copy(reader, rec_reader)
        caravan(rec_reader, "members", "import-card", str(recommender_card))
        caravan(recommender, "media", "add", "parasite", str(POSTER), "--kind", "poster")
        print(f"sealing {PUBLISH_N} recommendations with a poster each…", file=sys.stderr)
        seal = timed(lambda: [caravan(recommender, "recommend", "work", "parasite", "--to", "cannes") for _ in range(PUBLISH_N)])
        results["recommendations_seal_each_ms"] = round(seal / PUBLISH_N * 1000, 1)
        target = f"{url}/recommendations"
        results["recommendations_publish_500_ms"] = round(timed(lambda: caravan(recommender, "exchange", "publish", "--to", target)) * 1000, 1)
        got = {}
        results["recommendations_pull_500_ms"] = round(timed(lambda: got.update(caravan(rec_reader, "exchange", "pull", "--from", target))) * 1000, 1)
        assert got["applied"] == PUBLISH_N, {k: got[k] for k in ("applied", "skipped")}

        # The registry of an alliance of 49 members in 43 countries, sealed by its
        # secretariat, published, and followed by a member's copy.
        caravan(recommender, "alliance", "add", "belt-and-road-film", "--name", "Belt and Road Film Festival Alliance", "--secretariat", "tbilisi-rec")
        have = len(caravan(recommender, "members", "list", "--alliance", "belt-and-road-film")["members"])
        countries = ["AF", "AL", "DZ", "AO", "AR", "AU", "AT", "AZ", "BH", "BD", "BY", "BE", "BJ", "BO", "BA", "BW", "BR", "BN", "BG", "KH", "CM", "CL", "CO", "HR", "CU", "CY", "CZ", "DK"]
        for i in range(49 - have):
            caravan(recommender, "members", "add", f"member-{i}", "--name", f"Festival {i}", "--kind", "festival", "--country", countries[i % len(countries)],
                    "--language", "en", "--contact", f"email=office@member-{i}.example", "--alliance", "belt-and-road-film", "--joined", "2019")
        reg_reader = work / "registry-reader.db"
        shutil.copy(rec_reader, reg_reader)
        fp = caravan(recommender, "identity", "show")["fingerprint"]
        caravan(reg_reader, "members", "verify", "tbilisi-rec", fp)
        got = {}
        results["registry_seal_ms"] = round(timed(lambda: got.update(caravan(recommender, "registry", "publish", "--alliance", "belt-and-road-film"))) * 1000, 1)
        results["registry_members"] = got["registry"]["members"]
        target = f"{url}/recommendations"  # the same stream: only the registry is new
        results["registry_publish_ms"] = round(timed(lambda: caravan(recommender, "exchange", "publish", "--to", target)) * 1000, 1)
        pulled = {}
        results["registry_pull_ms"] = round(timed(lambda: pulled.update(caravan(reg_reader, "exchange", "pull", "--from", target))) * 1000, 1)
        assert not pulled["refused"], pulled["refused"]
        followed = caravan(reg_reader, "members", "list", "--alliance", "belt-and-road-film")["members"]
        results["registry_followed_members"] = len(followed)
        results["registry_countries"] = len({m["country"] for m in followed})

        # Keys sealed at the default work factor: what opening them costs once per process.
        default_env = dict(ENV)
        default_env.pop("CARAVAN_PASSPHRASE_WORK_FACTOR")
        sealed = work / "sealed.db"
        caravan(sealed, "identity", "init", "--name", "Sealed", "--member", "sealed", env=default_env)
        caravan(sealed, "members", "import-card", str(reader_card), env=default_env)
        opens = [timed(lambda: caravan(sealed, "exchange", "note", "x", "--to", "cannes", env=default_env)) for _ in range(3)]
        results["open_keys_default_work_factor_ms"] = median_ms(opens)
    finally:
        nginx.terminate()
        nginx.wait()
        shutil.rmtree(work, ignore_errors=True)

    (OUT / "exchange.json").write_text(json.dumps(results, indent=2) + "\n")
    print("\nexchange against nginx on loopback (median of %d runs):" % RUNS)
    print(f"  pull 1,000 envelopes            {results['pull_1000_ms']:>9} ms   (goal ≤ 2,000 ms)")
    print(f"  curl, the same 1,000 files      {results['curl_1000_ms']:>9} ms   (floor; pull is {results['pull_vs_curl']}×)")
    print(f"  pull with nothing new           {results['nothing_new_ms']:>9} ms   {results['nothing_new_requests']} request(s), {results['nothing_new_statuses']} (goal: one)")
    print(f"  publish 500 with a poster each  {results['publish_500_with_poster_ms']:>9} ms   ({results['poster_bytes']} bytes each)")
    print(f"  publish 1,000 notes             {results['publish_1000_notes_ms']:>9} ms   (once)")
    print(f"  open keys, default scrypt       {results['open_keys_default_work_factor_ms']:>9} ms   (once per process)")
    if "catalogue_seal_ms" in results:
        print(f"  catalogue of {results['catalogue_entries']:,} works: sealed {results['catalogue_seal_ms']} ms ({results['catalogue_body_bytes']:,} bytes of body, envelope {results['catalogue_envelope_bytes']:,} bytes),")
        print(f"      published {results['catalogue_publish_ms']} ms, pulled and indexed {results['catalogue_pull_ms']} ms, searched {results['catalogue_search_ms']} ms ({results['catalogue_search_hits']} hits)")
    print(f"  500 recommendations with poster: sealed {results['recommendations_seal_each_ms']} ms each (one process each), published {results['recommendations_publish_500_ms']} ms, pulled {results['recommendations_pull_500_ms']} ms")
    print(f"  registry of {results['registry_members']} members: sealed {results['registry_seal_ms']} ms, published {results['registry_publish_ms']} ms, pulled {results['registry_pull_ms']} ms; followed: {results['registry_followed_members']} members in {results['registry_countries']} countries")


if __name__ == "__main__":
    main()
