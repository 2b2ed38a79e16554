"""Latency of `Memberships.members` on a knowledge base grown to a million facts.

Builds (in a temporary folder, or at --db) the reference knowledge base, grows it with synthetic
membership and office facts written through `KnowledgeBase.write` in batches, then times
`members` for set expressions over the real organizations at random dates, in-process (no CLI or
HTTP), after a warm-up. Prints the build time and p50/p99 latency per expression and overall.

    .venv/bin/python bench/members_latency.py                      # 1,000,000 facts, temp dir
    .venv/bin/python bench/members_latency.py --facts 100000       # quicker
    .venv/bin/python bench/members_latency.py --db /tmp/big.sqlite # keep (and reuse) the file

The synthetic facts are spread over synthetic organizations (org:BENCH0000...) and the real
states; a small share (--real-share) are one-day article-style observations about the real
organizations, as the extractor writes them, so that the real queries meet them too.
Target: p50 under 2 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pycountry

import blocwatch
from blocwatch.model import Entity, Evidence, Fact, PartialDate, Source

EXPRESSIONS = ["CIS", "CIS - CSTO", "former-soviet - (CIS | CSTO)"]
REAL_ORGS = ["CIS", "CSTO", "EAEU", "SCO", "GUAM"]
STATUSES = ["member", "member", "member", "associate", "observer", "suspended", "applicant", "former"]
OFFICES = ["Secretary General", "Chairman", "Deputy Secretary General", "Executive Secretary"]
# Not extractor "reference": a reload of the shipped reference data replaces every reference
# evidence row, and would delete the synthetic facts with it.
SOURCE = Source("bench:synthetic", "reference", "Synthetic benchmark data")
SYNTHETIC = "bench.synthetic.v1"
ARTICLE = Source("doc:bench-synthetic", "document", "Synthetic benchmark article")
FIRST = dt.date(1991, 12, 21).toordinal()
LAST = dt.date(2025, 12, 31).toordinal()
MARK = "bench_synthetic_facts"


def partial(rng: random.Random, day: dt.date) -> PartialDate:
    r = rng.random()
    if r < 0.1:
        return PartialDate(day.year)
    if r < 0.2:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


def interval(rng: random.Random) -> tuple[PartialDate, PartialDate | None]:
    start = dt.date.fromordinal(rng.randint(FIRST, LAST))
    vf = partial(rng, start)
    if rng.random() < 0.3:
        return vf, None
    end = dt.date.fromordinal(min(LAST + 365, vf.end.toordinal() + rng.randint(1, 20 * 365)))
    vt = partial(rng, end)
    return (vf, vt) if vt.start > vf.start else (vf, vf.following())


def synthetic_facts(n: int, n_orgs: int, real_share: float, states: list[str], seed: int):
    """Yield n distinct facts: memberships (70%) and offices (30%) of synthetic organizations,
    plus one-day observations about the real organizations."""
    rng = random.Random(seed)
    ref_ev = (Evidence(SOURCE.id, extractor=SYNTHETIC),)
    for i in range(n):
        if rng.random() < real_share:
            day = PartialDate.parse(dt.date.fromordinal(rng.randint(FIRST, LAST)))
            ev = (Evidence(ARTICLE.id, start=i, end=i + 1, extractor="bench.v1", confidence=0.8,
                           reported=day.iso()),)
            yield Fact("membership", f"state:{rng.choice(states)}", f"org:{rng.choice(REAL_ORGS)}",
                       rng.choice(STATUSES), day, day.following(), attrs={"key": {"i": i}}, evidence=ev)
            continue
        org = f"org:BENCH{rng.randrange(n_orgs):04d}"
        vf, vt = interval(rng)
        # attrs.key makes every synthetic fact distinct, so the count is exact.
        if rng.random() < 0.7:
            yield Fact("membership", f"state:{rng.choice(states)}", org, rng.choice(STATUSES), vf, vt,
                       attrs={"key": {"i": i}}, evidence=ref_ev)
        else:
            yield Fact("office", f"person:bench-{rng.randrange(20_000)}", org, rng.choice(OFFICES), vf, vt,
                       attrs={"acting": False, "key": {"i": i}}, evidence=ref_ev)


def build(path: Path, n: int, n_orgs: int, real_share: float, batch: int, seed: int) -> tuple[float, dict]:
    t0 = time.perf_counter()
    with blocwatch.open(str(path)) as bw:
        counts = bw.kb.counts()
        if bw.kb.get_meta(MARK) == str(n) and counts["facts"] >= n:
            return 0.0, counts
        states = [c.alpha_2 for c in pycountry.countries]
        orgs = [Entity(f"org:BENCH{i:04d}", "org", f"Benchmark Organization {i}") for i in range(n_orgs)]
        bw.kb.write(entities=orgs, sources=[SOURCE, ARTICLE])
        buf: list[Fact] = []
        done = 0
        for f in synthetic_facts(n, n_orgs, real_share, states, seed):
            buf.append(f)
            if len(buf) == batch:
                bw.kb.write(facts=buf)
                done += len(buf)
                buf = []
                print(f"\r  wrote {done:,} / {n:,} facts ({time.perf_counter() - t0:.0f} s)", end="", file=sys.stderr)
        if buf:
            bw.kb.write(facts=buf)
        print(file=sys.stderr)
        bw.kb.execute_raw("ANALYZE")
        bw.kb.set_meta(MARK, str(n))
        return time.perf_counter() - t0, bw.kb.counts()


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def run_queries(path: Path, n: int, warmup: int, seed: int) -> tuple[dict[str, list[float]], list[float]]:
    """Wall-clock ms per expression, and CPU ms of every query (steadier on a busy machine)."""
    rng = random.Random(seed + 1)
    with blocwatch.open(str(path)) as bw:
        m = bw.memberships

        def one() -> tuple[str, float, float]:
            expr = rng.choice(EXPRESSIONS)
            at = PartialDate.parse(dt.date.fromordinal(rng.randint(FIRST, LAST)))
            c, t = time.thread_time(), time.perf_counter()
            m.members(expr, at)
            return expr, (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000

        for _ in range(warmup):
            one()
        out: dict[str, list[float]] = {e: [] for e in EXPRESSIONS}
        cpu: list[float] = []
        for _ in range(n):
            expr, ms, cms = one()
            out[expr].append(ms)
            cpu.append(cms)
        return out, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="Knowledge base file (kept; reused if already grown to --facts).")
    ap.add_argument("--facts", type=int, default=1_000_000, help="Synthetic facts to add (default 1,000,000).")
    ap.add_argument("--orgs", type=int, default=500, help="Synthetic organizations (default 500).")
    ap.add_argument("--real-share", type=float, default=0.01,
                    help="Share of facts that are one-day observations about the real organizations.")
    ap.add_argument("--batch", type=int, default=20_000, help="Facts per KnowledgeBase.write call.")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="blocwatch-bench-") as tmp:
        path = a.db or Path(tmp) / "kb.sqlite"
        build_s, counts = build(path, a.facts, a.orgs, a.real_share, a.batch, a.seed)
        size = path.stat().st_size / 1e6
        print(f"knowledge base {path}: {counts['facts']:,} facts, {counts['evidence']:,} evidence rows, "
              f"{size:.0f} MB; build {build_s:.1f} s" + (" (reused)" if build_s == 0 else
                                                        f" ({a.facts / build_s:,.0f} facts/s)"))
        lat, cpu = run_queries(path, a.queries, a.warmup, a.seed)
    every = [x for v in lat.values() for x in v]
    print(f"Memberships.members, {len(every)} queries at random dates after {a.warmup} warm-up:")
    for expr, v in [*lat.items(), ("all", every)]:
        print(f"  {expr:32} n={len(v):4}  p50 {percentile(v, 50):6.2f} ms  p99 {percentile(v, 99):6.2f} ms  "
              f"mean {statistics.fmean(v):6.2f} ms  max {max(v):6.2f} ms")
    print(f"  {'all, CPU time':32} n={len(cpu):4}  p50 {percentile(cpu, 50):6.2f} ms  "
          f"p99 {percentile(cpu, 99):6.2f} ms  mean {statistics.fmean(cpu):6.2f} ms")
    p50 = percentile(every, 50)
    print(f"target p50 < 2 ms: {'met' if p50 < 2 else 'MISSED'} ({p50:.2f} ms)")


if __name__ == "__main__":
    main()
