"""The extraction quality gate: F1 per kind on the shared samples and on our dev set must stay at
or above the floors pinned in tests/quality_floors.json (trafilatura-style evaluation gate)."""

from __future__ import annotations

import json
from pathlib import Path


from blocwatch import evaluate as ev

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text())


def _score(bw, gold_dir: Path, articles: Path):
    gold = ev.load_gold(gold_dir)
    preds = []
    for g in gold:
        path = next(p for p in articles.iterdir() if p.stem == g.id)
        for fact in bw.extract_contract([path]):
            preds.append({**fact, "doc": g.id})
    return ev.score(gold, preds)


def _below(report, floors: dict) -> list[str]:
    return [str(b) for b in report.below(floors)]


def test_samples_meet_their_floors(bw, samples):
    report = _score(bw, samples / "gold", samples)
    assert _below(report, FLOORS["samples"]) == []


def test_devset_meets_its_floors(bw):
    report = _score(bw, DEVSET / "gold", DEVSET / "articles")
    assert _below(report, FLOORS["devset"]) == []


def test_examples_meet_their_floors(bw):
    examples = ROOT / "examples"
    report = _score(bw, examples / "gold", examples / "articles")
    assert _below(report, FLOORS["examples"]) == []


def test_offtopic_news_yields_no_facts(bw):
    facts = bw.extract_contract(sorted((DEVSET / "offtopic").iterdir()))
    assert facts == [], [(f["kind"], f.get("evidence", [{}])[0].get("text")) for f in facts]
