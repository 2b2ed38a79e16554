"""The keyword guards that let the membership, stance and chairmanship readers skip sentences and
patterns cannot change what they read: over the dev set and the examples, the facts are the same
with and without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocwatch.extract.clauses import GUARDS
from blocwatch.ingest.read import read_documents
from blocwatch.model import Document
from blocwatch.settings import Settings

from . import extractor_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def _observations(extractor, docs, guards: bool) -> list:
    GUARDS["on"] = guards
    try:
        out = []
        for d in docs:
            out.append(sorted(f.id for f in extractor.extract(d).facts if f.kind in ("membership", "stance", "chairmanship")))
        return out
    finally:
        GUARDS["on"] = True


def test_relation_guards_change_nothing(extractor, tmp_path):
    paths = [ROOT / "tests" / "devset" / "articles", ROOT / "examples" / "articles"]
    docs = [d for d in read_documents([p for p in paths if p.is_dir()], Settings(db=str(tmp_path / "unused.sqlite")))
            if isinstance(d, Document)]
    assert len(docs) > 20
    assert _observations(extractor, docs, True) == _observations(extractor, docs, False)
