"""How fast does ingestion go, and how does it scale? Documents per second by configuration.

    .venv/bin/python bench/scale.py                  # 20,000 articles, every configuration
    .venv/bin/python bench/scale.py -n 2000 --pg-url postgresql://...   # a smaller run
    .venv/bin/python bench/scale.py -n 2000 --configs inline:sqlite,dask1:sqlite,dask2:sqlite

The corpus is made by recombining the development articles (tests/devset/articles): each copy
gets other capitals and other dates, and a reference line that makes its text (so its document
id) unique. Configurations: inline (one process, no Dask), dask1 and dask2 (a LocalCluster of 1
or 2 worker processes, one thread each), each writing to SQLite or PostgreSQL. Times include the
cluster's start. PostgreSQL comes from --pg-url, $BLOCWATCH_TEST_PG_URL, or a throwaway server
started with scripts/pg-test-server.sh (durable settings: fsync on). A ":none" backend
(inline:none, dask1:none, dask2:none) measures reading and extraction alone: the writer only
counts, so these rows show what more workers buy when the writer is not the limit.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset" / "articles"
CAPITALS = ["Minsk", "Astana", "Bishkek", "Dushanbe", "Yerevan", "Moscow", "Tashkent", "Baku", "Ashgabat"]
_CAPITAL = re.compile(r"\b(" + "|".join(CAPITALS) + r")\b")
_YEAR = re.compile(r"\b(199\d|20[0-2]\d)\b")
_DAY = re.compile(r"\b([1-9]|1\d|2[0-8])\b(?= (?:January|February|March|April|May|June|July|August|September|"
                  r"October|November|December))")


def make_corpus(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    sources = sorted(p for p in DEVSET.iterdir() if p.suffix in (".txt", ".html"))
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in sources]
    paths = []
    for i in range(n):
        suffix, text = texts[i % len(texts)]
        shift = rng.randint(-6, 6)
        text = _YEAR.sub(lambda m: str(min(2025, max(1992, int(m.group(1)) + shift))), text)
        text = _DAY.sub(lambda m: str(rng.randint(1, 28)), text)
        swap = dict(zip(CAPITALS, rng.sample(CAPITALS, len(CAPITALS))))
        text = _CAPITAL.sub(lambda m: swap[m.group(1)], text)
        ref = f"Reference {i:07d}."
        text = text.replace("</body>", f"<p>{ref}</p></body>") if suffix == ".html" else text + f"\n\n{ref}\n"
        p = out / f"{i:07d}{suffix}"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def fresh_pg_database(server_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from blocwatch.kb.store import to_url

    base = make_url(to_url(server_url))
    name = "bench_" + uuid.uuid4().hex[:10]
    eng = create_engine(base, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def start_pg() -> tuple[str, str]:
    out = subprocess.run(["bash", str(ROOT / "scripts" / "pg-test-server.sh")], check=True, capture_output=True,
                         text=True).stdout
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines() if "=" in line)
    return env["BLOCWATCH_TEST_PG_URL"].strip("'"), env["BLOCWATCH_TEST_PG_STOP"].strip("'")


def run_one(paths, config: str, db: str):
    from blocwatch.batch import run_batch, runner
    from blocwatch.settings import Settings

    if config.endswith(":none"):  # extraction alone: the writer only counts (what Dask can scale)
        def count(self, results, report):
            report.documents += len(results)
            report.facts += sum(len(r.facts) for r in results)
        runner.Writer.write = count

    mode = config.split(":")[0]
    workers = {"inline": 0, "dask1": 1, "dask2": 2}[mode]
    import blocwatch
    blocwatch.open(db).close()  # the reference data loaded before the clock starts
    t = time.perf_counter()
    report = run_batch(paths, Settings(db=db), workers=workers, progress=False, partition_size=16)
    return report, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="articles to generate (default 20,000)")
    ap.add_argument("--configs", default="inline:sqlite,dask1:sqlite,dask2:sqlite,inline:pg,dask1:pg,dask2:pg")
    ap.add_argument("--pg-url", default=os.environ.get("BLOCWATCH_TEST_PG_URL"))
    args = ap.parse_args()
    configs = args.configs.split(",")

    stop = None
    if any(c.endswith(":pg") for c in configs) and not args.pg_url:
        args.pg_url, stop = start_pg()
    tmp = Path(tempfile.mkdtemp(prefix="blocwatch-bench-"))
    try:
        t = time.perf_counter()
        (tmp / "corpus").mkdir()
        paths = make_corpus(args.n, tmp / "corpus")
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths)} articles, {size / 1e6:.1f} MB, made in {time.perf_counter() - t:.1f} s; "
              f"{os.cpu_count()} CPUs", flush=True)
        rows = {}
        for config in configs:
            db = (fresh_pg_database(args.pg_url) if config.endswith(":pg")
                  else str(tmp / f"{config.replace(':', '-')}.sqlite"))
            report, wall = run_one(paths, config, db)
            rows[config] = (report, wall)
            print(f"{config:14} {report.documents:7d} docs {report.facts:8d} facts {wall:8.1f} s "
                  f"{report.documents / wall:8.1f} docs/s (steady {report.steady_docs_per_second:.1f}, first "
                  f"result after {report.startup_seconds:.1f} s)  writer busy {report.write_seconds:6.1f} s "
                  f"({1000 * report.write_seconds / max(report.documents, 1):.2f} ms/doc)  "
                  f"{len(report.failed)} failed", flush=True)
        print()
        print(f"{'configuration':14} {'docs/s':>8} {'steady':>8} {'ms/doc':>8} {'write ms/doc':>13} "
              f"{'1->2 efficiency (steady)':>25}")
        for config, (report, wall) in rows.items():
            eff = ""
            if config.startswith("dask2"):
                one = rows.get(config.replace("dask2", "dask1"))
                if one:
                    r1, r2 = one[0].documents / one[1], report.documents / wall
                    s1, s2 = one[0].steady_docs_per_second, report.steady_docs_per_second
                    eff = f"{r2 / (2 * r1):.0%} ({s2 / (2 * s1):.0%})" if s1 else f"{r2 / (2 * r1):.0%}"
            rate = report.documents / wall
            print(f"{config:14} {rate:8.1f} {report.steady_docs_per_second:8.1f} {1000 / rate if rate else 0:8.2f} "
                  f"{1000 * report.write_seconds / max(report.documents, 1):13.2f} {eff:>25}")
    finally:
        subprocess.run(["rm", "-rf", str(tmp)])
        if stop:
            subprocess.run(stop, shell=True)


if __name__ == "__main__":
    sys.exit(main())
